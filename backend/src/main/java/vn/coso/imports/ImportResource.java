package vn.coso.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.coso.common.errors.Problem;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.imports.ImportDtos.ImportErrorResponse;
import vn.coso.imports.ImportDtos.ImportJobResponse;
import vn.coso.imports.ImportDtos.ImportRowResponse;

import java.io.InputStream;

@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Import units, party organisations, party members, regulations and trainings from a "
        + "spreadsheet (CSV or XLSX), checked row by row against the same rules as the API, all or nothing.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR})
public class ImportResource {

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
    @Operation(summary = "Upload a spreadsheet to import",
            description = "`POST /api/v1/imports?kind=units&dryRun=false`. The body is the file itself: CSV "
                    + "(`text/csv`: UTF-8 with or without a byte order mark, separated by commas or semicolons, quoted fields) or an XLSX workbook (its first sheet), at most "
                    + "20 MB. The header row may name columns in Vietnamese, with or without diacritics (\"Mã đơn vị\", "
                    + "\"Ma don vi cap tren\"), or by the API field names (`code`, `parentCode`); rows refer to other "
                    + "records by code, never by id. A row whose code (a member: party card number) exists updates that "
                    + "record, others create one (a training, which has no key, always creates one).\n\n"
                    + "The answer is 202 with the job: poll `GET /api/v1/imports/{id}` (the `Location`) every second "
                    + "or so until `status` is SUCCEEDED or FAILED — a small file takes a second or two. A dry run "
                    + "(the default) checks every row and writes nothing; `dryRun=false` checks everything first and "
                    + "writes only a file without problems, in one transaction. Problems are listed by "
                    + "`GET /api/v1/imports/{id}/errors` with their row and column, what each row does by "
                    + "`GET /api/v1/imports/{id}/rows`.\n\n"
                    + "Who may import each kind is said by the `kind` parameter; every row within your scope, exactly "
                    + "as through the API.")
    @RequestBody(required = true, content = {
        @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = FileFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Accepted: the job, queued.",
            headers = @Header(name = "Location", description = "The job's address.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than 20 MB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "The body is neither text/csv nor an XLSX workbook.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "Too many imports are waiting on this server; try again later.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<ImportJobResponse> upload(
            // A query parameter, not a path segment: /imports/{kind} and /imports/{id} would be one path.
            // The kinds' list is the registered kinds' (ImportKindsOpenApi).
            @QueryParam("kind") @Parameter(description = "What the file holds.", required = true,
                    schema = @Schema(type = SchemaType.STRING))
            String kind,
            @QueryParam("dryRun") @Parameter(description = "Check only, write nothing (default true).",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) String dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body,
            @Context UriInfo uri) {
        if (kind == null || kind.isBlank()) {
            throw QueryParams.invalid("kind", "param.required");
        }
        if (!imports.kindNames().contains(kind.trim())) {
            throw QueryParams.invalid("kind", "param.one-of", String.join(", ", imports.kindNames()));
        }
        Boolean dry = QueryParams.optionalBoolean("dryRun", dryRun);
        ImportJobResponse job = imports.submit(kind.trim(), contentType, body, dry == null || dry);
        return RestResponse.ResponseBuilder.<ImportJobResponse>create(RestResponse.Status.ACCEPTED)
                .entity(job)
                .location(uri.getBaseUriBuilder().path("api/v1/imports").path(String.valueOf(job.id())).build())
                .header("Retry-After", "1")
                .build();
    }

    @GET
    @Operation(summary = "List your imports, newest first", description = "Admin sees everyone's.")
    @APIResponse(responseCode = "200", description = "A page of import jobs.")
    public PageResult<ImportJobResponse> list(@BeanParam PageRequest page) {
        return imports.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an import's status, progress and report",
            description = "Only its creator and admin see a job. While `status` is QUEUED or RUNNING, `phase` and "
                    + "`processedRows` of `totalRows` tell how far it got. A job whose server stopped showing progress "
                    + "is reported FAILED.")
    @APIResponse(responseCode = "200", description = "The job.")
    public ImportJobResponse get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return imports.get(id);
    }

    @GET
    @Path("/{id}/errors")
    @Operation(summary = "The problems found in an import's file",
            description = "By row (as the spreadsheet numbers it, the header being row 1) and column; `sort` by `row`.")
    @APIResponse(responseCode = "200", description = "A page of problems.")
    public PageResult<ImportErrorResponse> errors(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id, @BeanParam PageRequest page) {
        return imports.errors(id, page);
    }

    @GET
    @Path("/{id}/rows")
    @Operation(summary = "What each row of an import's file does",
            description = "CREATE, UPDATE, UNCHANGED, or INVALID (see the errors); in a dry run, what it would do. "
                    + "`sort` by `row`.")
    @APIResponse(responseCode = "200", description = "A page of rows.")
    public PageResult<ImportRowResponse> rows(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id,
            @QueryParam("action") @Parameter(schema = @Schema(implementation = ImportAction.class)) String action,
            @BeanParam PageRequest page) {
        return imports.rows(id, QueryParams.optionalEnum("action", action, ImportAction.class), page);
    }

    @GET
    @Path("/{kind}/template")
    @Produces({FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    @Operation(summary = "Download the template of an import",
            description = "A header row in Vietnamese with the API names as hints, and one example row, which the "
                    + "import ignores while it is unchanged. The workbook explains each column on a second sheet; "
                    + "the CSV starts with a UTF-8 byte order mark so that Excel shows Vietnamese correctly.")
    @APIResponse(responseCode = "200", description = "The template.", content = {
        @Content(mediaType = FileFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response template(
            @PathParam("kind") @Parameter(description = "What the template is for.",
                    schema = @Schema(type = SchemaType.STRING)) String kind,
            @QueryParam("format") @Parameter(description = "xlsx (default) or csv.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"xlsx", "csv"}, defaultValue = "xlsx"))
            String format) {
        ImportService.Template template = imports.template(kind, format);
        // A jakarta Response: RestResponse<byte[]> with a text/* type writes the array's toString() (Quarkus 3.33).
        return Response.ok(template.content(), template.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + template.fileName() + "\"")
                .build();
    }
}
