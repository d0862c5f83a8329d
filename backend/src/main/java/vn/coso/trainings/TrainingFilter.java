package vn.coso.trainings;

import vn.coso.common.paging.Period;

import java.time.Instant;

/** The filters of GET /trainings and GET /trainings/summary. */
public record TrainingFilter(Long unitId, Period period, String q, Instant updatedSince) {
}
