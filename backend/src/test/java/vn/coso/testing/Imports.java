package vn.coso.testing;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Uploads files to the Imports API and waits for their jobs. */
public final class Imports {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private Imports() {
    }

    /** A workbook whose first sheet holds these rows; LocalDate cells become date cells. */
    public static byte[] xlsx(List<List<Object>> rows) {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet("Dữ liệu");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (value instanceof java.time.LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.createSheet("Khác").createRow(0).createCell(0).setCellValue("not read");
            var bytes = new java.io.ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lines joined by CRLF, as UTF-8. */
    public static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    public static Response post(String user, String kind, String contentType, byte[] file, Boolean dryRun) {
        var request = Api.as(user).config(RAW).contentType(contentType).body(file);
        if (dryRun != null) {
            request = request.queryParam("dryRun", dryRun);
        }
        return request.queryParam("kind", kind).post("/api/v1/imports");
    }

    /** Uploads and waits for the job to finish; answers the finished job. */
    public static JsonPath run(String user, String kind, String contentType, byte[] file, boolean dryRun) {
        Response accepted = post(user, kind, contentType, file, dryRun);
        accepted.then().statusCode(202);
        return await(user, accepted.jsonPath().getLong("id"));
    }

    public static JsonPath await(String user, long id) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            JsonPath job = Api.as(user).get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return job;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Import job " + id + " did not finish: " + job.prettify());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Every error of a job, as maps of row, column, field, value, message. */
    public static List<Map<String, Object>> errors(String user, long id) {
        return Api.as(user).queryParam("size", 200).get("/api/v1/imports/" + id + "/errors")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    public static List<Map<String, Object>> rows(String user, long id) {
        return Api.as(user).queryParam("size", 200).get("/api/v1/imports/" + id + "/rows")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The job's problems as "row:field", sorted. */
    public static Set<String> errorsOf(String user, JsonPath job) {
        Set<String> found = new TreeSet<>();
        for (Map<String, Object> error : errors(user, job.getLong("id"))) {
            found.add(error.get("row") + ":" + error.get("field"));
        }
        return found;
    }
}
