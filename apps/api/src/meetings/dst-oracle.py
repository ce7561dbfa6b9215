#!/usr/bin/python3
"""
An independent expansion of meeting series, to check apps/api/src/meetings/recurrence.ts against:
python-dateutil's rrule for the recurrence and the standard library's zoneinfo for the zones.

Reads JSON on stdin: a list of cases
  {"zone": "Europe/Paris", "start": "2027-03-21T02:30:00", "end": "2027-03-21T04:00:00", "rrule": "FREQ=WEEKLY;COUNT=3" | null}
(local times of the first meeting, as planned) and writes, for each case, the list of occurrences
[[startsAt, endsAt], ...] as UTC ISO strings (milliseconds, Z).

The rule for local times that do not exist or exist twice is RFC 5545's (3.3.5), written out here
on purpose rather than left to zoneinfo's defaults:
- twice (clocks go back): the first occurrence, i.e. the earlier instant;
- never (clocks go forward): the offset in force before the gap, so the time moves forward by the
  length of the gap;
- an end pushed to or before its start by a gap (start in the gap, end just after it) keeps the
  planned local duration after the start.
UNTIL: a date is the whole local day, a time with Z an instant, a time without Z a local time.
"""
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

UTC = timezone.utc


def candidates(local, zone):
    """Every instant whose local time in the zone is `local` (0, 1 or 2 of them)."""
    found = set()
    for fold in (0, 1):
        aware = local.replace(tzinfo=zone, fold=fold)
        instant = aware.astimezone(UTC)
        if instant.astimezone(zone).replace(tzinfo=None) == local:
            found.add(instant)
    return sorted(found)


def to_instant(local, zone):
    found = candidates(local, zone)
    if found:
        return found[0]  # the first occurrence
    # Nonexistent: read with the offset before the gap (a day earlier is safely before it).
    before = (local - timedelta(days=1)).replace(tzinfo=zone).utcoffset()
    return (local - before).replace(tzinfo=UTC)


def span(start, end, zone):
    s, e = to_instant(start, zone), to_instant(end, zone)
    if end > start and e <= s:
        e = s + (end - start)
    return s, e


def iso(instant):
    return instant.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.') + f'{instant.microsecond // 1000:03d}Z'


def expand(case):
    zone = ZoneInfo(case['zone'])
    start = datetime.fromisoformat(case['start'])
    end = datetime.fromisoformat(case['end'])
    duration = end - start
    rule = case.get('rrule')
    if not rule:
        return [span(start, end, zone)]
    until_instant = None
    parts = []
    for part in rule.split(';'):
        key, value = part.split('=')
        if key == 'UNTIL':
            m = re.fullmatch(r'(\d{8})(T\d{6})?(Z?)', value)
            if m.group(3):
                until_instant = datetime.strptime(value, '%Y%m%dT%H%M%SZ').replace(tzinfo=UTC)
                continue
            value = m.group(1) + (m.group(2) or 'T235959')
        parts.append(f'{key}={value}')
    starts = list(rrulestr(';'.join(parts), dtstart=start))
    out = [span(s, s + duration, zone) for s in starts]
    if until_instant is not None:
        out = [o for o in out if o[0] <= until_instant]
    return out


cases = json.load(sys.stdin)
json.dump([[[iso(s), iso(e)] for s, e in expand(c)] for c in cases], sys.stdout)
