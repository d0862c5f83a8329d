package vn.coso.inspections;

import vn.coso.inspections.InspectionEnums.Form;
import vn.coso.inspections.InspectionEnums.Kind;
import vn.coso.inspections.InspectionEnums.Status;

import java.time.Instant;

/** The filters of the inspection plan; organizationPath is the subtree of the organizationId filter. */
public record InspectionFilter(Integer year, Kind kind, Form form, Status status, Long conductingOrganizationId,
                               String organizationPath, Long memberId, Long unitId, Instant updatedSince) {
}
