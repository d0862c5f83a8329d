package vn.coso.trainings;

import vn.coso.trainings.TrainingDtos.TrainingResponse;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;

final class TrainingMapper {

    private TrainingMapper() {
    }

    static TrainingResponse toResponse(Training training) {
        Unit organizer = training.organizerUnit;
        return new TrainingResponse(training.id,
                new UnitRef(organizer.id, organizer.code, organizer.name, organizer.type),
                training.heldOn, training.topic, training.audience, training.location, training.attendances,
                training.version, training.createdAt, training.updatedAt);
    }
}
