package io.opportunities.command.imports;

import io.opportunities.command.imports.ImportReport.Quirk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The quirks met in a data set, each with the lines it was met on, in the order first met. */
final class Quirks {

    private final Map<String, Quirk> byCode = new LinkedHashMap<>();

    void met(String code, String file, String description, String action, int line) {
        Quirk quirk = byCode.computeIfAbsent(code + " " + description,
                key -> new Quirk(code, file, description, action, 0, new ArrayList<>()));
        quirk.lines().add(line);
    }

    List<Quirk> all() {
        return byCode.values().stream()
                .map(quirk -> new Quirk(quirk.code(), quirk.file(), quirk.description(), quirk.action(),
                        quirk.lines().size(), List.copyOf(quirk.lines())))
                .toList();
    }
}

