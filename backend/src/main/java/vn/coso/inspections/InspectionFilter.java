package vn.coso.inspections;

import vn.coso.inspections.InspectionEnums.Form;
import vn.coso.inspections.InspectionEnums.Kind;
import vn.coso.inspections.InspectionEnums.Status;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The filters of the inspection plan; organizationPath is the subtree of the organizationId filter;
 * overdueOn, when set, keeps the inspections with a recommendation not done and due before that day.
 */
public record InspectionFilter(Integer year, Kind kind, Form form, Status status, Long conductingOrganizationId,
                               String organizationPath, Long memberId, Long unitId, Instant updatedSince,
                               LocalDate overdueOn) {
}
