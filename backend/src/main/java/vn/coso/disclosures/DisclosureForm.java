package vn.coso.disclosures;

/** How a disclosure was made public (hình thức công khai). */
public enum DisclosureForm {
    /** niêm yết tại trụ sở, nhà văn hóa */
    NOTICE_BOARD,
    /** hệ thống loa truyền thanh */
    LOUDSPEAKER,
    /** cổng, trang thông tin điện tử */
    WEBSITE,
    /** thông báo tại hội nghị, cuộc họp */
    MEETING,
    /** văn bản gửi đến người dân, tổ chức */
    DOCUMENT
}
