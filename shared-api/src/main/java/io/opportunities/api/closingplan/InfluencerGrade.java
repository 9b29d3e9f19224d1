package io.opportunities.api.closingplan;

/** How strongly an influencer sways the decision: A strong, B weaker. */
public enum InfluencerGrade {
    A,
    B
}
