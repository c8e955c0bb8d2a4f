package org.thirdsectorhub.organisations.web;

import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.thirdsectorhub.organisations.directory.RegisterExport;

/** The whole register to download, streamed. */
@Controller
class RegisterDownloadController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RegisterExport export;

    RegisterDownloadController(RegisterExport export) {
        this.export = export;
    }

    @GetMapping("/organisations/download.csv")
    ResponseEntity<StreamingResponseBody> csv() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("csv"))
                .body(export::writeCsv);
    }

    @GetMapping("/organisations/download.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx() {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("xlsx"))
                .body(export::writeXlsx);
    }

    private static String attachment(String extension) {
        return "attachment; filename=\"third-sector-register-" + LocalDate.now() + "." + extension + "\"";
    }
}
