package vn.coso.trainings;

import vn.coso.common.actions.RecordWriteRules;
import vn.coso.party.UnitOrOrganization;
import vn.coso.trainings.TrainingDtos.TrainingResponse;

import java.util.List;

final class TrainingMapper {

    private TrainingMapper() {
    }

    static TrainingResponse toResponse(Training training, List<RecordWriteRules.Action> allowedActions) {
        UnitOrOrganization organizer = UnitOrOrganization.of(training.organizerUnit, training.organizerPartyOrganization);
        return new TrainingResponse(training.id, organizer.owningUnitRef(), organizer.organizationRef(),
                training.heldOn, training.topic, training.audience, training.location, training.attendances,
                training.version, training.createdAt, training.updatedAt,
                allowedActions);
    }
}
