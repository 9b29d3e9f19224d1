package io.opportunities.benchmark;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deals a sales team records over HTTP, one after the other per client, each by its owner (the reps take turns):
 * opened, qualified, moved through the stages on the buying actions each exit asks for, with a next step agreed and
 * kept on the way, and closed, so that the mix is a funnel's: of every 20 deals, 6 stay in IDENTIFY, 5 reach
 * UNDERSTAND_NEED, 4 SHAPE_VISION, 3 AGREE_PLAN and 2 NEGOTIATE; half of them are closed where they stopped (won from
 * AGREE_PLAN on, lost before), the rest are still open. About 6.4 commands and 8.4 events a deal. Business dates lie
 * in the last two years, recent for open deals, and never in the future.
 */
final class CommandMix {

    private static final Pattern OPPORTUNITY_ID = Pattern.compile("\"opportunityId\":\"([^\"]+)\"");
    private static final Pattern NEXT_STEP_ID = Pattern.compile("\"nextStepId\":\"([^\"]+)\"");
    private static final int[] DEPTH_OF_TWENTY = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4};
    private static final List<String> PRODUCTS = List.of("GTX Pro", "GTX Basic", "GTX Plus", "MG Special",
            "MG Advanced", "GTK 500", "GTX Lite");

    private final Backend backend;
    private final LocalDate today;
    private final AtomicInteger next = new AtomicInteger();
    private final Queue<String> opened = new ConcurrentLinkedQueue<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();

    CommandMix(Backend backend, LocalDate today) {
        this.backend = backend;
        this.today = today;
    }

    /** Records {@code deals} more deals from {@code clients} clients and times every command. */
    Latencies run(String name, int clients, int deals) throws Exception {
        int last = next.get() + deals;
        return Clients.run(name, clients, (client, timer) -> {
            int deal = next.getAndIncrement();
            if (deal >= last) {
                return false;
            }
            record(deal, timer);
            return true;
        });
    }

    /** The ids of every deal opened so far. */
    List<String> opened() {
        return List.copyOf(opened);
    }

    /** Commands answered with anything but 2xx, with their answers (none is expected). */
    List<String> failures() {
        return List.copyOf(failures);
    }

    private void record(int deal, Clients.Timer timer) throws Exception {
        Random random = new Random(deal);
        int depth = DEPTH_OF_TWENTY[deal % 20];
        boolean closed = deal % 40 < 20;
        int span = 36;
        LocalDate start = closed ? today.minusDays(span + random.nextInt(700))
                : today.minusDays(span + random.nextInt(60));
        String owner = Backend.rep(deal % Backend.REPS);
        String opened = send(timer, owner, "/api/opportunities", """
                {"customer": "Customer %d", "title": "Deal %d", "product": "%s",
                 "estimatedValue": {"amount": %d, "currency": "EUR"}, "expectedCloseOn": "%s",
                 "warningSignal": {"type": "CHANGE_IN_PEOPLE", "description": "A new CIO wants fewer suppliers"},
                 "occurredOn": "%s"}""".formatted(deal % 5000, deal, PRODUCTS.get(deal % PRODUCTS.size()),
                1000 + random.nextInt(200_000), start.plusDays(90 + random.nextInt(90)), start));
        Matcher id = OPPORTUNITY_ID.matcher(opened == null ? "" : opened);
        if (!id.find()) {
            return;
        }
        this.opened.add(id.group(1));
        String base = "/api/opportunities/" + id.group(1);
        if (depth > 0 || random.nextBoolean()) {
            send(timer, owner, base + "/qualification", """
                    {"identifiedNeed": {"met": true, "note": "Costs up 30 %% in a year"},
                     "intentToBuyOrReplace": {"met": true, "note": "Replace the old system"},
                     "funds": {"met": true, "note": "Budget approved"},
                     "timeFrame": {"met": true, "note": "Decision this year"}, "occurredOn": "%s"}"""
                    .formatted(start.plusDays(1)));
        }
        if (depth >= 1) {
            buyingAction(timer, owner, base, "DECISION_MAKER_CONTACTED", start.plusDays(3));
            advance(timer, owner, base, "UNDERSTAND_NEED", start.plusDays(3));
        }
        if (depth >= 2) {
            buyingAction(timer, owner, base, "KEY_INFORMATION_SHARED", start.plusDays(7));
            buyingAction(timer, owner, base, "KEY_ISSUES_AGREED", start.plusDays(10));
            advance(timer, owner, base, "SHAPE_VISION", start.plusDays(10));
        }
        if (depth >= 3) {
            String step = send(timer, owner, base + "/next-steps", """
                    {"description": "Pilot review", "goal": "Influencers commit to our solution", "dueOn": "%s",
                     "customerOwner": "The head of operations", "occurredOn": "%s"}"""
                    .formatted(start.plusDays(20), start.plusDays(11)));
            Matcher stepId = NEXT_STEP_ID.matcher(step == null ? "" : step);
            if (stepId.find()) {
                send(timer, owner, base + "/next-steps/" + stepId.group(1) + "/outcome", """
                        {"outcome": "DONE", "result": "The pilot convinced them", "occurredOn": "%s"}"""
                        .formatted(start.plusDays(20)));
            }
            buyingAction(timer, owner, base, "INFLUENCERS_COMMITTED", start.plusDays(21));
            advance(timer, owner, base, "AGREE_PLAN", start.plusDays(21));
        }
        if (depth >= 4) {
            buyingAction(timer, owner, base, "DECISION_TIMELINE_AGREED", start.plusDays(25));
            buyingAction(timer, owner, base, "PRICING_ACCEPTED", start.plusDays(28));
            advance(timer, owner, base, "NEGOTIATE", start.plusDays(28));
        }
        if (closed) {
            LocalDate on = start.plusDays(span);
            if (depth >= 3) {
                send(timer, owner, base + "/won", "{\"occurredOn\": \"%s\"}".formatted(on));
            } else {
                send(timer, owner, base + "/lost", """
                        {"reason": "PRICE", "explanation": "Cheaper elsewhere", "occurredOn": "%s"}"""
                        .formatted(on));
            }
        }
    }

    private void buyingAction(Clients.Timer timer, String owner, String deal, String type, LocalDate on)
            throws Exception {
        send(timer, owner, deal + "/buying-actions", """
                {"type": "%s", "description": "The customer acted", "evidence": "Their email", "occurredOn": "%s"}"""
                .formatted(type, on));
    }

    private void advance(Clients.Timer timer, String owner, String deal, String stage, LocalDate on)
            throws Exception {
        send(timer, owner, deal + "/stage/advance",
                "{\"toStage\": \"%s\", \"occurredOn\": \"%s\"}".formatted(stage, on));
    }

    /** Sends one command, timed; answers its body, or null (and notes the failure) when it was not accepted. */
    private String send(Clients.Timer timer, String user, String path, String json) throws Exception {
        HttpResponse<String> answer = timer.time(() -> backend.post(path, user, json));
        if (answer.statusCode() / 100 != 2) {
            failures.add("POST " + path + " " + answer.statusCode() + ": " + answer.body());
            return null;
        }
        return answer.body();
    }
}
