package vn.coso.common.demo;

import java.util.Random;

/** Plausible Vietnamese full names for demo people, family name first, drawn from a seeded Random. */
public final class VietnameseNames {

    // Weighted roughly as the family names are spread in Vietnam: Nguyễn is by far the commonest.
    private static final String[] FAMILY = {
            "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Trần",
            "Lê", "Lê", "Lê", "Phạm", "Phạm", "Hoàng", "Vũ", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Đinh",
            "Phan", "Hồ", "Lý", "Đào", "Trịnh", "Lương", "Mai", "Hà", "Tạ", "Chu"};
    private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Ngọc", "Công", "Mạnh"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc", "Minh", "Phương", "Hồng", "Kim"};
    private static final String[] MALE_GIVEN = {"An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Hiếu", "Hùng", "Huy",
            "Khánh", "Khoa", "Kiên", "Long", "Lực", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn",
            "Tài", "Thắng", "Thành", "Tiến", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh"};
    private static final String[] FEMALE_GIVEN = {"Anh", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền",
            "Hoa", "Huệ", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương",
            "Quyên", "Tâm", "Thảo", "Thủy", "Trang", "Tuyết", "Vân", "Yến"};

    private VietnameseNames() {
    }

    public static String fullName(Random random) {
        boolean female = random.nextInt(100) < 45;
        String family = pick(random, FAMILY);
        String middle = pick(random, female ? FEMALE_MIDDLE : MALE_MIDDLE);
        String given = pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
        return family + " " + middle + " " + given;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
