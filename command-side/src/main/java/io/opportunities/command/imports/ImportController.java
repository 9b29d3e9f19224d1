package io.opportunities.command.imports;

import io.opportunities.command.web.IdempotentCommands;
import io.opportunities.command.web.IdempotentRequest;
import io.opportunities.platform.web.BadRequest;
import io.opportunities.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Imports historical deals from CSV files, in the background, and tells how each import goes. */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Historical deals imported with their original dates (administrators)")
class ImportController {

    private final DataImports imports;
    private final IdempotentCommands idempotent;

    ImportController(DataImports imports, IdempotentCommands idempotent) {
        this.imports = imports;
        this.idempotent = idempotent;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a CRM data set",
            description = "Four CSV files in the format of the public CRM sales-opportunities data set, as the parts "
                    + "sales_pipeline, accounts, products and sales_teams. The files are checked first: one that "
                    + "is not CSV or lacks a column is a 400 and nothing is stored. Then the import runs in the "
                    + "background: 202, with Location naming the import to follow (GET /api/imports/{id}). Bad "
                    + "rows are rejected with their line and the rest goes on; every quirk of the data is reported "
                    + "with its lines and what was done about it. Importing the same files again stores nothing.")
    @ApiResponse(responseCode = "202", description = "Started; the report so far, with the quirks already found")
    ResponseEntity<ImportReport> startImport(
            @Parameter(description = "sales_pipeline.csv: one deal a row") @RequestPart("sales_pipeline")
            MultipartFile pipeline,
            @Parameter(description = "accounts.csv: the customers, with their sectors") @RequestPart("accounts")
            MultipartFile accounts,
            @Parameter(description = "products.csv: the products and list prices") @RequestPart("products")
            MultipartFile products,
            @Parameter(description = "sales_teams.csv: agent, manager, regional office") @RequestPart("sales_teams")
            MultipartFile salesTeams,
            @Parameter(description = "Any unique string (printable ASCII, at most 255): a retry with the same key "
                    + "and files answers with the first request's import and starts none; with other files it is "
                    + "a 422") @RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey,
            Authentication user) {
        CrmFiles files = new CrmFiles(text(pipeline), text(accounts), text(products), text(salesTeams));
        ImportReport started;
        try {
            if (idempotencyKey == null) {
                started = imports.start(files, user.getName());
            } else {
                IdempotentRequest request = IdempotentRequest.of(user.getName(), idempotencyKey, fingerprint(files));
                String importId = idempotent.once(request,
                        keep -> imports.start(files, user.getName(), keep).importId());
                started = imports.find(importId).orElseThrow();
            }
        } catch (InvalidDataSet invalid) {
            throw BadRequest.of("Unreadable data set", invalid.getMessage());
        }
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + started.importId())).body(started);
    }

    /**
     * What the request means, whatever multipart boundary it came in: the four files' contents in order, each after
     * its length, so that no two sets of files read alike.
     */
    private static String fingerprint(CrmFiles files) {
        List<byte[]> parts = new ArrayList<>();
        for (String part : List.of("POST /api/imports", files.pipeline(), files.accounts(), files.products(),
                files.salesTeams())) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            parts.add(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
            parts.add(bytes);
        }
        return IdempotentRequest.fingerprint(parts.toArray(byte[][]::new));
    }

    @GetMapping("/{importId}")
    @Operation(summary = "One import: its status, progress and report",
            description = "Follow an import started with POST /api/imports: running, completed or failed, how many "
                    + "deals are done, what was imported, unchanged, skipped or rejected, and the data's quirks.")
    ImportReport getImport(@PathVariable UUID importId) {
        return imports.find(importId.toString()).orElseThrow(() -> unknown(importId));
    }

    @GetMapping
    @Operation(summary = "The latest imports, newest first",
            description = "The imports this backend ran, each with its status and report, the newest first.")
    List<ImportReport> listImports() {
        return imports.recent(20);
    }

    private static String text(MultipartFile file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw BadRequest.of("Unreadable data set", "Part " + file.getName() + " is not UTF-8 text.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ErrorResponseException unknown(UUID importId) {
        return Problems.exception(Problems.problem(HttpStatus.NOT_FOUND, "unknown-import", "Unknown import",
                "There is no import " + importId + "; GET /api/imports lists the latest."));
    }
}
