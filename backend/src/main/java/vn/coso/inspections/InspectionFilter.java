package vn.coso.inspections;

import vn.coso.inspections.InspectionEnums.Form;
import vn.coso.inspections.InspectionEnums.Kind;
import vn.coso.inspections.InspectionEnums.Status;

import java.time.Instant;

/** The filters of the inspection plan; paths are the subtrees of the unitId and organizationId filters. */
public record InspectionFilter(Integer year, Kind kind, Form form, Status status, Long conductingOrganizationId,
                               String organizationPath, Long memberId, String unitPath, Instant updatedSince) {
}
