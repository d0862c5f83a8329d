package vn.coso.committees;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Họp thường kỳ, chuyên đề, hội nghị tổng kết năm. */
@Schema(name = "CommitteeMeetingKind")
public enum MeetingKind {
    REGULAR, THEMATIC, YEAR_END_REVIEW
}
