package vn.coso.party;

public enum PartyMemberStatus {
    /** đang sinh hoạt */
    ACTIVE,
    /** chuyển sinh hoạt ra ngoài tỉnh */
    TRANSFERRED_OUT,
    /** từ trần */
    DECEASED,
    /** bị khai trừ */
    EXPELLED,
    /** xóa tên, xin ra khỏi Đảng */
    REMOVED
}
