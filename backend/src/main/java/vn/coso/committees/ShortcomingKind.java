package vn.coso.committees;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a shortcoming (hạn chế) is about: the lagging reasons the review computes, and those the
 * 2024 review named in words (phó mặc cho bộ phận thường trực; ngại va chạm; cán bộ công đoàn phụ
 * thuộc vào người sử dụng lao động).
 */
@Schema(name = "ShortcomingKind")
public enum ShortcomingKind {
    NO_REGULATION, NO_CONFERENCE, NO_TRAINING, FEEDBACK_OVERDUE, CONSULTATION_UNANSWERED,
    LEFT_TO_STANDING_OFFICE, LOW_PARTICIPATION, EMPLOYER_DEPENDENCE, OTHER
}
