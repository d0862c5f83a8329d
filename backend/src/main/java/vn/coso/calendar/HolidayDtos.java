package vn.coso.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.validation.TextPatterns;

import java.time.Instant;
import java.time.LocalDate;

public final class HolidayDtos {

    private HolidayDtos() {
    }

    @Schema(name = "HolidayRequest", description = "A day off, or a day worked in exchange (làm bù).")
    public record HolidayRequest(
            @Schema(required = true, examples = "2027-02-08") @NotNull LocalDate date,
            @Schema(required = true, description = "HOLIDAY: no work that day; WORKING_DAY: a Saturday (or Sunday) worked.")
            @NotNull HolidayKind kind,
            @Schema(required = true, examples = "Tết Nguyên đán Đinh Mùi")
            @NotBlank @Size(max = 255) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String name,
            @Schema(description = "Required when replacing: the version that was read.") Long version) {
    }

    @Schema(name = "Holiday")
    public record HolidayResponse(long id, LocalDate date, HolidayKind kind, String name, long version,
                                  Instant createdAt, Instant updatedAt) {
    }
}
