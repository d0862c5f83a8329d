package vn.coso.regulations;

public enum RegulationKind {
    /** Quy chế dân chủ ở cơ sở */
    REGULATION,
    /** Hương ước, quy ước of a village or residential group */
    CONVENTION
}
