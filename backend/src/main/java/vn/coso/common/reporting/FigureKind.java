package vn.coso.common.reporting;

/** COUNT is a whole number; SHARE a fraction from 0 to 1; AVERAGE a mean (null when nothing to average). */
public enum FigureKind {
    COUNT, SHARE, AVERAGE
}
