package vn.coso.common.rights;

/** Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng. */
public enum DemocracyRight {
    /** dân biết: to know (information made public) */
    KNOW,
    /** dân bàn: to discuss and decide */
    DISCUSS,
    /** dân làm: to do, to take part */
    DO,
    /** dân kiểm tra: to inspect */
    INSPECT,
    /** dân giám sát: to supervise */
    SUPERVISE,
    /** dân thụ hưởng: to benefit */
    BENEFIT
}
