import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the import benchmark against a running backend (see run.sh): makes a file of N party
 * members in the demo's party cells, as CSV and as XLSX, imports each (dry run, then real run) as
 * the inspector, and reports times per phase and the backend's heap from its GC log.
 *
 * Run with the backend's libraries on the class path (Jackson, POI):
 * java -cp 'backend/target/quarkus-app/lib/main/*' bench/import/ImportBench.java API KEYCLOAK ROWS WORKDIR GCLOG PID
 */
public class ImportBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Hữu"};
    static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hùng", "Lan", "Mai", "Nam",
        "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Yến"};
    static final Pattern GC_LINE = Pattern.compile("\\[([0-9.]+)s\\].*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String keycloak = args[1];
        int rows = Integer.parseInt(args[2]);
        Path work = Path.of(args[3]);
        Path gcLog = Path.of(args[4]);
        String pid = args[5];

        List<String> cells = cellCodes(api, token(keycloak, "admin", "admin"));
        Path csv = work.resolve("members.csv");
        Path xlsx = work.resolve("members.xlsx");
        writeCsv(csv, rows, cells, "C");
        writeXlsx(xlsx, rows, cells, "X");
        System.out.printf(Locale.ROOT, "BENCH %d members in %d party cells; CSV %.1f MB, XLSX %.1f MB%n", rows, cells.size(),
                Files.size(csv) / 1048576.0, Files.size(xlsx) / 1048576.0);

        for (Path file : List.of(csv, xlsx)) {
            String type = file.toString().endsWith(".csv") ? "text/csv" : XLSX;
            for (boolean dryRun : new boolean[] {true, false}) {
                String token = token(keycloak, "inspector", "inspector");
                double gcFrom = uptimeOf(gcLog);
                Instant started = Instant.now();
                HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/imports?kind=party-members&dryRun=" + dryRun))
                        .header("Authorization", "Bearer " + token).header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
                if (accepted.statusCode() != 202) {
                    throw new IllegalStateException("upload answered " + accepted.statusCode() + ": " + accepted.body());
                }
                long id = JSON.readTree(accepted.body()).get("id").asLong();
                Map<String, Instant> phases = new LinkedHashMap<>();
                JsonNode job = await(api, token, id, phases);
                Duration wall = Duration.between(started, Instant.now());
                double gcTo = uptimeOf(gcLog);
                if (!job.get("status").asText().equals("SUCCEEDED") || job.get("createCount").asInt() != rows) {
                    throw new IllegalStateException("import failed: " + job);
                }
                Instant jobStart = Instant.parse(job.get("startedAt").asText());
                Instant jobEnd = Instant.parse(job.get("finishedAt").asText());
                long[] heap = heapBetween(gcLog, gcFrom, gcTo);
                System.out.printf(Locale.ROOT, "BENCH %-4s %-7s upload+job %5.1f s | job %5.1f s (%5.0f rows/s) |%s | heap after GC max %d MB,"
                                + " before GC max %d MB, %d GCs%n",
                        type.equals("text/csv") ? "CSV" : "XLSX", dryRun ? "dry-run" : "real", wall.toMillis() / 1000.0,
                        Duration.between(jobStart, jobEnd).toMillis() / 1000.0,
                        rows * 1000.0 / Duration.between(jobStart, jobEnd).toMillis(), split(phases, jobEnd), heap[1], heap[0],
                        heap[2]);
            }
        }
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM")) {
                System.out.println("BENCH backend peak resident memory (" + line.replaceAll("\\s+", " ") + ")");
            }
        }
    }

    static String token(String keycloak, String user, String password) throws Exception {
        String form = "grant_type=password&client_id=coso-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/coso/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    static List<String> cellCodes(String api, String token) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(api
                            + "/api/v1/party-organizations?form=CELL&active=true&size=200&page=" + page))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode item : JSON.readTree(response.body()).get("items")) {
                codes.add(item.get("code").asText());
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("no party cells: is the demo data loaded?");
        }
        return codes;
    }

    static JsonNode await(String api, String token, long id, Map<String, Instant> phases) throws Exception {
        while (true) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/imports/" + id))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode job = JSON.readTree(response.body());
            if (job.hasNonNull("phase")) {
                phases.putIfAbsent(job.get("phase").asText(), Instant.now());
            }
            String status = job.get("status").asText();
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(100);
        }
    }

    static String split(Map<String, Instant> phases, Instant end) {
        StringBuilder text = new StringBuilder();
        List<Map.Entry<String, Instant>> list = new ArrayList<>(phases.entrySet());
        for (int i = 0; i < list.size(); i++) {
            Instant to = i + 1 < list.size() ? list.get(i + 1).getValue() : end;
            text.append(String.format(Locale.ROOT, " %s %.1f s", list.get(i).getKey().toLowerCase(Locale.ROOT),
                    Duration.between(list.get(i).getValue(), to).toMillis() / 1000.0));
        }
        return text.toString();
    }

    /** The JVM uptime of the last line of the GC log, to cut the log at an import's start and end. */
    static double uptimeOf(Path gcLog) throws Exception {
        double last = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = Pattern.compile("^\\[([0-9.]+)s\\]").matcher(line);
            if (m.find()) {
                last = Double.parseDouble(m.group(1));
            }
        }
        return last;
    }

    /** Max heap before GC, max heap after GC, and number of GCs logged between two uptimes. */
    static long[] heapBetween(Path gcLog, double from, double to) throws Exception {
        long before = 0;
        long after = 0;
        long count = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                double at = Double.parseDouble(m.group(1));
                if (at > from && at <= to + 0.001) {
                    before = Math.max(before, Long.parseLong(m.group(2)));
                    after = Math.max(after, Long.parseLong(m.group(3)));
                    count++;
                }
            }
        }
        return new long[] {before, after, count};
    }

    static String name(int i) {
        return FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 10) % MIDDLE.length] + " " + GIVEN[(i / 80) % GIVEN.length];
    }

    static void writeCsv(Path file, int rows, List<String> cells, String prefix) throws Exception {
        String run = prefix + (System.nanoTime() % 100_000);
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFFSố thẻ đảng viên;Họ và tên;Ngày sinh;Ngày vào Đảng;Ngày chính thức;Mã tổ chức đảng;Chức vụ\r\n");
            for (int i = 0; i < rows; i++) {
                int year = 1950 + i % 50;
                out.write(run + "." + i + ";" + name(i) + ";"
                        + String.format(Locale.ROOT, "%02d/%02d/%d", 1 + i % 28, 1 + i % 12, year) + ";"
                        + (year + 25) + "-03-0" + (1 + i % 9) + ";" + (year + 26) + "-03-0" + (1 + i % 9) + ";"
                        + cells.get(i % cells.size()) + ";" + (i % 50 == 0 ? "Bí thư chi bộ" : "") + "\r\n");
            }
        }
    }

    static void writeXlsx(Path file, int rows, List<String> cells, String prefix) throws Exception {
        String run = prefix + (System.nanoTime() % 100_000);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Đảng viên");
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            String[] header = {"Số thẻ đảng viên", "Họ và tên", "Ngày sinh", "Ngày vào Đảng", "Ngày chính thức",
                "Mã tổ chức đảng", "Chức vụ"};
            var top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < rows; i++) {
                int year = 1950 + i % 50;
                var row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(run + "." + i);
                row.createCell(1).setCellValue(name(i));
                LocalDate[] days = {LocalDate.of(year, 1 + i % 12, 1 + i % 28), LocalDate.of(year + 25, 3, 1 + i % 9),
                    LocalDate.of(year + 26, 3, 1 + i % 9)};
                for (int d = 0; d < days.length; d++) {
                    var cell = row.createCell(2 + d);
                    cell.setCellValue(days[d]);
                    cell.setCellStyle(dates);
                }
                row.createCell(5).setCellValue(cells.get(i % cells.size()));
                if (i % 50 == 0) {
                    row.createCell(6).setCellValue("Bí thư chi bộ");
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
