package vn.coso.documents;

/** Kinds of directive document, as party and state bodies name them. */
public enum DocumentKind {
    /** nghị quyết (NQ) */
    RESOLUTION,
    /** chỉ thị (CT) */
    DIRECTIVE,
    /** kết luận (KL) */
    CONCLUSION,
    /** quy định (QĐi) */
    REGULATION,
    /** quyết định (QĐ) */
    DECISION,
    /** kế hoạch (KH) */
    PLAN,
    /** chương trình (CTr) */
    PROGRAM,
    /** hướng dẫn (HD) */
    GUIDELINE,
    /** thông báo (TB), e.g. a notice of the standing committee's conclusions */
    NOTICE,
    /** công văn (CV) */
    OFFICIAL_LETTER,
    OTHER
}
