package vn.coso.consultations;

/** What the draft put out for comment is. */
public enum ConsultationKind {
    /** A democracy regulation (quy chế dân chủ ở cơ sở) or a village convention. */
    REGULATION,
    /** Another rule of the unit (quy chế, quy định: internal spending, asset use…). */
    RULE,
    /** A plan or programme (kế hoạch, đề án). */
    PLAN
}
