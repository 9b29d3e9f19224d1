package io.opportunities.query.salesprocess;

import io.opportunities.api.salesprocess.SalesProcess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sales process", description = "The stages, their exit criteria and the buying action catalogue")
class SalesProcessController {

    private final SalesProcess process;

    SalesProcessController(SalesProcess process) {
        this.process = process;
    }

    @GetMapping("/api/sales-process")
    @Operation(summary = "The sales process in force",
            description = "Ordered stages, each with its buyer phase, default probability and exit criteria (the "
                    + "buying actions that must be on record to leave it), and the catalogue of buying action types.")
    SalesProcess getSalesProcess() {
        return process;
    }
}
