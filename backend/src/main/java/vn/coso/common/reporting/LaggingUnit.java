package vn.coso.common.reporting;

/** A unit of the area that lags for one reason. The report gathers a unit's reasons together. */
public record LaggingUnit(long unitId, LaggingReason reason) {
}
