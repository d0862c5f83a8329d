package vn.coso.common.reporting;

/**
 * Why a unit lags: a stable code ({@code regulation.missing}), a Vietnamese label and a weight;
 * the lagging list sorts units by the sum of their reasons' weights.
 */
public record LaggingReason(String code, String label, int weight) {
}
