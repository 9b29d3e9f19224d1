#!/usr/bin/env python3
"""Out-of-time weekly snapshots of the public data set, scored as a forecaster would (issue 16's yardstick).

For each split day S: every deal open at the end of each weekly snapshot day t >= S (engaged on or before t, not
closed by t) is a point; it is scored against what happened by the end of the data (2017-12-31); a deal still open
then is censored and counted apart. Predictors are fitted on the points before S whose deals closed before S, the
mirror of the test. Each point weighs the same; the constant base rate is the training deals' win share, each deal
once. Standard-library Python 3 only, so that it runs anywhere: a cross-check of the Java implementation's figures,
not part of the product.

    python3 benchmark/learning/snapshot_baselines.py [datasets/crm-sales-opportunities]
"""
import collections
import csv
import datetime as dt
import math
import sys

FOLDER = sys.argv[1] if len(sys.argv) > 1 else 'datasets/crm-sales-opportunities'
END = dt.date(2017, 12, 31)
START = dt.date(2016, 10, 20)
SHRINK = 20  # pseudo-deals at the base rate for the per-owner and per-product shares
AGE_BANDS = [0, 7, 14, 21, 30, 45, 60, 75, 90, 105, 120, 139]


def day(text):
    return dt.date.fromisoformat(text) if text else None


def read_deals():
    deals = []
    for row in csv.DictReader(open(FOLDER + '/sales_pipeline.csv')):
        engaged, closed = day(row['engage_date']), day(row['close_date'])
        if engaged:
            deals.append(dict(owner=row['sales_agent'], product=row['product'].replace('GTXPro', 'GTX Pro'),
                              engaged=engaged, closed=closed, won=row['deal_stage'] == 'Won' if closed else None))
    return deals


DEALS = read_deals()


def weeks(first, last):
    while first < last:
        yield first
        first += dt.timedelta(days=7)


def points(first, last, known_before):
    """(deal, day, won) for every deal open at the end of each weekly day, outcome known before known_before."""
    censored = 0
    found = []
    for t in weeks(first, last):
        for deal in DEALS:
            if deal['engaged'] <= t and (deal['closed'] is None or deal['closed'] > t):
                if deal['closed'] is None or deal['closed'] >= known_before:
                    censored += 1
                else:
                    found.append((deal, t, 1 if deal['won'] else 0))
    return found, censored


def age_band(deal, t):
    age = (t - deal['engaged']).days
    return max(i for i, lower in enumerate(AGE_BANDS) if age >= lower)


def month_of_quarter(t):
    return (t.month - 1) % 3


def days_to_quarter_end_band(t):
    next_quarter = dt.date(t.year + (t.month > 9), (((t.month - 1) // 3 + 1) % 4) * 3 + 1, 1)
    return min((next_quarter - t).days // 10, 9)


def features(deal, t):
    return ['age %d × month of quarter %d' % (age_band(deal, t), month_of_quarter(t)),
            'days to quarter end %d' % days_to_quarter_end_band(t)]


def logistic_regression(rows, labels, l2=5.0, rounds=200, rate=0.5):
    weights, bias, n = collections.defaultdict(float), 0.0, len(labels)
    for _ in range(rounds):
        gradient, bias_gradient = collections.defaultdict(float), 0.0
        for row, label in zip(rows, labels):
            error = 1 / (1 + math.exp(-(bias + sum(weights[f] for f in row)))) - label
            bias_gradient += error
            for f in row:
                gradient[f] += error
        bias -= rate * bias_gradient / n
        for f in set(gradient) | set(weights):
            weights[f] -= rate * (gradient[f] / n + l2 * weights[f] / n)
    return lambda row: 1 / (1 + math.exp(-(bias + sum(weights.get(f, 0) for f in row))))


def shrunk_share(training_deals, key, base):
    won, count = collections.Counter(), collections.Counter()
    for deal in training_deals:
        count[deal[key]] += 1
        won[deal[key]] += deal['won']
    return lambda deal, t: (won[deal[key]] + SHRINK * base) / (count[deal[key]] + SHRINK)


def brier(pairs):
    return sum((p - y) ** 2 for p, y in pairs) / len(pairs)


def reliability(pairs):
    """Bands of ten points with at least 100 points: (band, points, mean predicted, observed share)."""
    bands = collections.defaultdict(list)
    for p, y in pairs:
        bands[min(9, int(p * 10))].append((p, y))
    return [(b / 10, len(v), sum(p for p, _ in v) / len(v), sum(y for _, y in v) / len(v))
            for b, v in sorted(bands.items()) if len(v) >= 100]


def main():
    print('split       points  censored  ' + '  '.join('%-9s' % n for n in
                                                    ('constant', 'age', 'owner', 'product', 'learned')))
    for split in ('2017-06-01', '2017-08-01', '2017-10-01'):
        s = day(split)
        training_deals = [d for d in DEALS if d['closed'] and d['closed'] < s]
        base = sum(d['won'] for d in training_deals) / len(training_deals)
        training, _ = points(START, s, s)
        by_age = collections.defaultdict(lambda: [0, 0])
        for deal, t, y in training:
            by_age[age_band(deal, t)][0] += y
            by_age[age_band(deal, t)][1] += 1
        learned = logistic_regression([features(d, t) for d, t, _ in training], [y for *_, y in training])
        predictors = {
            'constant': lambda deal, t: base,
            'age': lambda deal, t: (by_age[age_band(deal, t)][0] + SHRINK * base) / (by_age[age_band(deal, t)][1]
                                                                                   + SHRINK),
            'owner': shrunk_share(training_deals, 'owner', base),
            'product': shrunk_share(training_deals, 'product', base),
            'learned': lambda deal, t: learned(features(deal, t)),
        }
        test, censored = points(s, END + dt.timedelta(days=1), END + dt.timedelta(days=1))
        scores = {name: brier([(f(d, t), y) for d, t, y in test]) for name, f in predictors.items()}
        print('%s  %6d  %8d  ' % (split, len(test), censored) + '  '.join('%-9.4f' % scores[n] for n in scores))
        for band, count, mean, observed in reliability([(predictors['learned'](d, t), y) for d, t, y in test]):
            print('    learned, band from %.1f: %5d points, mean %.3f, observed %.3f, %+.1f points'
                  % (band, count, mean, observed, 100 * (observed - mean)))


if __name__ == '__main__':
    main()
