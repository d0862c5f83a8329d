package vn.coso.committees;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The province's steering committee in the demo: its members (the head named in the 2024 review),
 * the 2024 plan with targets on the review's figures, the 19/12/2024 review conference with the
 * seed's three shortcomings, their causes and remedies (some done, one overdue), and the 2025 plan
 * under the theme the conference gave. Written through the committee feature's repository after
 * the demo units are loaded and before the reorganisations (DemoDataLoader#loadAsNow); skipped when
 * the province already has a committee.
 */
@ApplicationScoped
public class CommitteeDemoRecords {

    private final CommitteeRepository committees;
    private final UnitService units;

    public CommitteeDemoRecords(CommitteeRepository committees, UnitService units) {
        this.committees = committees;
        this.units = units;
    }

    @Transactional
    public int load() {
        Map<String, Unit> byCode = units.byCodes(List.of("22", "193", "194", "195", "22-DEMO-THAN", "193-DEMO-DULICH",
                "193-DEMO-THUYSAN", "22-LDLD"));
        Unit province = byCode.get("22");
        if (province == null || committees.findByUnit(province.id).isPresent()) {
            return 0;
        }
        int added = 0;
        Committee committee = new Committee();
        committee.unitId = province.id;
        committee.name = "Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Quảng Ninh";
        committee.decisionNumber = "45-QĐ/TU (dữ liệu mẫu)";
        committee.decisionDate = LocalDate.of(2021, 3, 1);
        committees.persist(committee);
        added++;

        CommitteeMember head = member(committee, "Đặng Xuân Phương", "Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh",
                CommitteeRole.HEAD, null, Set.of());
        CommitteeMember deputy = member(committee, "Nguyễn Thị Hạnh (dữ liệu mẫu)", "Trưởng Ban Dân vận Tỉnh ủy",
                CommitteeRole.DEPUTY_HEAD, null, Set.of());
        CommitteeMember standing = member(committee, "Lê Thị Lan (dữ liệu mẫu)", "Phó Trưởng Ban Dân vận Tỉnh ủy",
                CommitteeRole.STANDING_MEMBER, "officer.halong", Set.of(byCode.get("193").id, byCode.get("194").id));
        CommitteeMember union = member(committee, "Trần Văn Bình (dữ liệu mẫu)", "Phó Chủ tịch Liên đoàn Lao động tỉnh",
                CommitteeRole.MEMBER, null, Set.of(byCode.get("22-DEMO-THAN").id, byCode.get("195").id));
        added += 4;

        CommitteePlan plan2024 = plan(committee, 2024, "Đổi mới phương thức lãnh đạo, chỉ đạo thực hiện dân chủ ở cơ sở "
                + "theo hướng thiết thực, toàn diện, có trọng tâm, trọng điểm");
        target(plan2024, "regulations.share", TargetComparator.GE, "1", "100 % địa phương, cơ quan, đơn vị ban hành quy chế dân chủ");
        target(plan2024, "documents.issued", TargetComparator.GE, "25", "Ban hành văn bản lãnh đạo, chỉ đạo");
        target(plan2024, "trainings.classes", TargetComparator.GE, "70", "Mở lớp tập huấn cấp huyện");
        target(plan2024, "inspections.organizationsInspected", TargetComparator.GE, "1600", "Kiểm tra tổ chức đảng");
        target(plan2024, "inspections.organizationsSupervised", TargetComparator.GE, "1500", "Giám sát tổ chức đảng");
        task(plan2024, "Cụ thể hóa các văn bản của Trung ương về thực hiện dân chủ ở cơ sở", "Ban Dân vận Tỉnh ủy",
                LocalDate.of(2024, 3, 31), TaskStatus.DONE);
        task(plan2024, "Tập huấn nghiệp vụ cho cán bộ cấp huyện, cấp xã", "Các huyện ủy, thị ủy, thành ủy",
                LocalDate.of(2024, 10, 31), TaskStatus.DONE);
        task(plan2024, "Tổ chức Hội nghị tổng kết năm 2024", "Thường trực Ban Chỉ đạo", LocalDate.of(2024, 12, 20), TaskStatus.DONE);
        added += 9;

        Meeting conference = new Meeting();
        conference.committeeId = committee.id;
        conference.kind = MeetingKind.YEAR_END_REVIEW;
        conference.date = LocalDate.of(2024, 12, 19);
        conference.title = "Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025";
        conference.agenda = "Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2024; thảo luận; kết luận của Trưởng Ban Chỉ đạo; "
                + "triển khai nhiệm vụ năm 2025.";
        conference.minutes = "Ngay từ đầu năm 2024, Quảng Ninh đã đổi mới mạnh mẽ phương thức lãnh đạo, chỉ đạo triển khai "
                + "thực hiện dân chủ theo hướng thiết thực, toàn diện, có trọng tâm, trọng điểm. BCH Đảng bộ tỉnh, Ban "
                + "Thường vụ Tỉnh ủy ban hành 28 văn bản; các cấp ủy cấp huyện tổ chức 72 lớp tập huấn với 8.532 lượt "
                + "người; kiểm tra 1.688 tổ chức đảng, 7.113 đảng viên; giám sát 1.524 tổ chức đảng, 5.955 đảng viên; "
                + "100 % địa phương, cơ quan, đơn vị ban hành quy chế dân chủ ở cơ sở.";
        conference.attendeeIds.addAll(List.of(head.id, deputy.id, standing.id, union.id));
        committees.getEntityManager().persist(conference);
        committees.flush();
        conclusion(conference, ConclusionKind.DECISION, "Cần nhìn nhận nghiêm túc những tồn tại, hạn chế; phân tích những "
                + "nguyên nhân chủ quan, khách quan của những hạn chế đó để có các giải pháp hữu hiệu. Năm 2025 thực hiện "
                + "chủ đề công tác “Bứt phá trong phát triển kinh tế, tạo đà cho nhiệm kỳ mới”.", null, null, null, null);

        Shortcoming leftToOffice = shortcoming(committee, conference, ShortcomingKind.LEFT_TO_STANDING_OFFICE,
                "Một số địa phương, cơ quan, đơn vị, doanh nghiệp chưa thực sự quan tâm chỉ đạo, tổ chức triển khai thực "
                        + "hiện dân chủ, có biểu hiện phó mặc cho bộ phận thường trực, giúp việc.",
                "Người đứng đầu một số cấp ủy, cơ quan, đơn vị chưa quan tâm đúng mức; chưa phân công cụ thể thành viên "
                        + "Ban Chỉ đạo theo dõi địa bàn.",
                "Cán bộ bộ phận thường trực, giúp việc hoạt động kiêm nhiệm; khối lượng công việc lớn.",
                Set.of(byCode.get("195").id, byCode.get("194").id));
        Shortcoming participation = shortcoming(committee, conference, ShortcomingKind.LOW_PARTICIPATION,
                "Một bộ phận CBCCVC, người lao động và Nhân dân chưa nhận thức đầy đủ tầm quan trọng của việc thực hiện "
                        + "dân chủ ở cơ sở nên việc tham gia ý kiến vào các quy định, quy chế có liên quan trực tiếp đến "
                        + "quyền lợi của mình chưa được chủ động, ngại va chạm.",
                "Công tác tuyên truyền chưa thường xuyên, hình thức chưa phong phú.",
                "Tâm lý e ngại, sợ va chạm của một bộ phận người dân, người lao động.",
                Set.of(byCode.get("193").id));
        Shortcoming employer = shortcoming(committee, conference, ShortcomingKind.EMPLOYER_DEPENDENCE,
                "Đội ngũ cán bộ công đoàn tại các doanh nghiệp hoạt động mang tính kiêm nhiệm, thiếu kinh nghiệm, kỹ "
                        + "năng, phụ thuộc vào người sử dụng lao động nên chưa thể hiện rõ vai trò đại diện, chăm lo, bảo "
                        + "vệ quyền, lợi ích hợp pháp, chính đáng cho đoàn viên, người lao động.",
                "Công đoàn cơ sở chưa chủ động bồi dưỡng kỹ năng cho cán bộ công đoàn.",
                "Cán bộ công đoàn là người lao động của doanh nghiệp, hưởng lương từ người sử dụng lao động.",
                Set.of(byCode.get("22-DEMO-THAN").id, byCode.get("193-DEMO-DULICH").id));
        added += 5;

        remedy(conference, leftToOffice, "Kiện toàn Ban Chỉ đạo cấp huyện, phân công thành viên theo dõi từng xã, phường",
                byCode.get("195"), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 20),
                "Quyết định kiện toàn Ban Chỉ đạo và phân công thành viên (dữ liệu mẫu)");
        remedy(conference, leftToOffice, "Người đứng đầu trực tiếp chủ trì hội nghị cán bộ, công chức và đối thoại với Nhân dân",
                byCode.get("194"), LocalDate.of(2025, 6, 30), null, null);
        remedy(conference, participation, "Đẩy mạnh tuyên truyền trên loa truyền thanh, cổng thông tin; tổ chức đối thoại tại khu dân cư",
                byCode.get("193"), LocalDate.of(2025, 9, 30), LocalDate.of(2025, 9, 15),
                "Kế hoạch tuyên truyền và 12 cuộc đối thoại đã tổ chức (dữ liệu mẫu)");
        remedy(conference, employer, "Tập huấn kỹ năng đại diện, thương lượng cho cán bộ công đoàn doanh nghiệp",
                byCode.get("22-DEMO-THAN"), LocalDate.of(2025, 10, 31), null, null);
        added += 8;

        CommitteePlan plan2025 = plan(committee, 2025, "Bứt phá trong phát triển kinh tế, tạo đà cho nhiệm kỳ mới");
        target(plan2025, "regulations.share", TargetComparator.GE, "1", "Duy trì 100 % đơn vị có quy chế dân chủ");
        target(plan2025, "feedback.overdue", TargetComparator.LE, "10", "Giảm ý kiến, phản ánh trả lời quá hạn");
        task(plan2025, "Xây dựng, duy trì và nhân rộng các mô hình điển hình về thực hiện dân chủ ở cơ sở",
                "Các cấp ủy, Ban Chỉ đạo cấp huyện", LocalDate.of(2025, 11, 30), TaskStatus.IN_PROGRESS);
        added += 4;
        committees.flush();
        return added;
    }

    private CommitteeMember member(Committee committee, String name, String position, CommitteeRole role, String username,
                                   Set<Long> unitIds) {
        CommitteeMember member = new CommitteeMember();
        member.committeeId = committee.id;
        member.fullName = name;
        member.position = position;
        member.role = role;
        member.since = LocalDate.of(2021, 3, 1);
        member.username = username;
        member.unitIds.addAll(unitIds);
        committees.getEntityManager().persist(member);
        return member;
    }

    private CommitteePlan plan(Committee committee, int year, String theme) {
        CommitteePlan plan = new CommitteePlan();
        plan.committeeId = committee.id;
        plan.year = year;
        plan.theme = theme;
        committees.getEntityManager().persist(plan);
        committees.flush();
        return plan;
    }

    private void target(CommitteePlan plan, String key, TargetComparator comparator, String threshold, String label) {
        CommitteeTarget target = new CommitteeTarget();
        target.planId = plan.id;
        target.figureKey = key;
        target.comparator = comparator;
        target.threshold = new BigDecimal(threshold);
        target.label = label;
        committees.getEntityManager().persist(target);
    }

    private void task(CommitteePlan plan, String title, String owner, LocalDate deadline, TaskStatus status) {
        PlanTask task = new PlanTask();
        task.planId = plan.id;
        task.title = title;
        task.owner = owner;
        task.deadline = deadline;
        task.status = status;
        committees.getEntityManager().persist(task);
    }

    private Shortcoming shortcoming(Committee committee, Meeting meeting, ShortcomingKind kind, String description,
                                    String subjective, String objective, Set<Long> unitIds) {
        Shortcoming shortcoming = new Shortcoming();
        shortcoming.committeeId = committee.id;
        shortcoming.year = meeting.date.getYear();
        shortcoming.kind = kind;
        shortcoming.description = description;
        shortcoming.subjectiveCauses = subjective;
        shortcoming.objectiveCauses = objective;
        shortcoming.meetingId = meeting.id;
        shortcoming.unitIds.addAll(unitIds);
        committees.getEntityManager().persist(shortcoming);
        committees.flush();
        conclusion(meeting, ConclusionKind.SHORTCOMING, description, null, null, shortcoming.id, null);
        return shortcoming;
    }

    private void remedy(Meeting meeting, Shortcoming shortcoming, String action, Unit owner, LocalDate deadline,
                        LocalDate doneOn, String evidence) {
        Remedy remedy = new Remedy();
        remedy.shortcomingId = shortcoming.id;
        remedy.action = action;
        remedy.ownerUnitId = owner.id;
        remedy.deadline = deadline;
        remedy.status = doneOn == null ? TaskStatus.IN_PROGRESS : TaskStatus.DONE;
        remedy.doneOn = doneOn;
        remedy.evidence = evidence;
        committees.getEntityManager().persist(remedy);
        committees.flush();
        conclusion(meeting, ConclusionKind.TASK, action, owner.name, owner.id, shortcoming.id, remedy.id);
    }

    private void conclusion(Meeting meeting, ConclusionKind kind, String text, String owner, Long unitId,
                            Long shortcomingId, Long remedyId) {
        MeetingConclusion conclusion = new MeetingConclusion();
        conclusion.meetingId = meeting.id;
        conclusion.kind = kind;
        conclusion.text = text;
        conclusion.owner = owner;
        conclusion.unitId = unitId;
        conclusion.shortcomingId = shortcomingId;
        conclusion.remedyId = remedyId;
        committees.getEntityManager().persist(conclusion);
    }
}
