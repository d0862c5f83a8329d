package vn.coso.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.coso.calendar.HolidayDtos.HolidayRequest;
import vn.coso.calendar.HolidayDtos.HolidayResponse;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.Period;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.common.web.ETags;
import vn.coso.common.web.Responses;

@Path("/api/v1/holidays")
@Tag(name = "Holidays", description = "Public holidays and worked Saturdays (làm bù), by which deadlines in working time are counted.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION})
public class HolidayResource {

    private final HolidayService holidays;

    public HolidayResource(HolidayService holidays) {
        this.holidays = holidays;
    }

    @GET
    @Operation(summary = "List the calendar's holidays and worked days",
            description = "Weekdays off (HOLIDAY) and weekend days worked (WORKING_DAY); every other Monday to Friday "
                    + "is a working day. Deadlines are counted in working hours (08:00–12:00, 13:00–17:00, "
                    + "Asia/Ho_Chi_Minh) over this calendar.")
    @APIResponse(responseCode = "200", description = "A page of days, in date order unless sorted otherwise.")
    public PageResult<HolidayResponse> list(
            @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String year,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("updatedSince") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) String updatedSince,
            @BeanParam PageRequest page) {
        return holidays.list(Period.of(from, to, year), QueryParams.optionalInstant("updatedSince", updatedSince), page);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a holiday or a worked day", description = "One entry per date (409 otherwise). "
            + "Deadlines given before the change keep their dates.")
    @APIResponse(responseCode = "201", description = "Added.",
            content = @Content(schema = @Schema(implementation = HolidayResponse.class)))
    public RestResponse<HolidayResponse> create(@Valid @NotNull HolidayRequest request, @Context UriInfo uri) {
        HolidayResponse created = holidays.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a holiday or worked day")
    @APIResponse(responseCode = "200", description = "The day; its ETag is its version.")
    public RestResponse<HolidayResponse> get(@PathParam("id") long id) {
        HolidayResponse holiday = holidays.get(id);
        return Responses.ok(holiday.version(), holiday);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a holiday or worked day", description = "Carries the `version` read (stale: 409).")
    @APIResponse(responseCode = "200", description = "The day as changed.")
    public RestResponse<HolidayResponse> update(@PathParam("id") long id,
                                                @HeaderParam("If-Match") @Parameter(description = "The ETag read.") String ifMatch,
                                                @Valid @NotNull HolidayRequest request) {
        HolidayResponse holiday = holidays.update(id, request, ETags.versionOf(ifMatch));
        return Responses.ok(holiday.version(), holiday);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a holiday or worked day")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") long id) {
        holidays.delete(id);
    }
}
