#!/usr/bin/python3
"""The pipeline as an analyst would script it in Python: the yardstick for the benchmark's --python.

    /usr/bin/python3 src/test/python/pipeline.py INPUT_DIR OUT_DIR [--langs en,ru] [--reporter BY]
        [--as-of YYYY-MM-DD]

Reads the project's CSVs (input/README.md), checks the basic column types, then analyses what
coopbrief's default run analyses: the figures and targets of the reporter (--reporter, default BY)
and of every entity inside it, up to the as-of date (the end of the latest period of any figure).
It computes the same kinds of comparisons as coopbrief's analysis (year-over-year change of each
series between consecutive periods of the same kind, trade balance = exports - imports, each
partner's share of the reporter's total and its rank by turnover per period, targets against the
latest actual), then writes an xlsx workbook (XlsxWriter, through pandas: figures, comparisons,
balances, targets, events, series by year, data quality, sources, about, a summary with a chart)
and one PDF per briefed partner and language (latest figures, a turnover chart, the year-over-year
table, the partner's targets with an attainment chart, the events involving it or an entity inside
it, the sources cited) plus an overall PDF per language (ReportLab, charts by matplotlib). The
partners briefed are those of coopbrief's BriefedPartners rule. A plain script: pandas where it is
the natural tool, one process, one PDF after another; neither crippled nor tuned.

Prints one line per stage, "stage <name> <seconds> s", for read, analyse, workbook, briefings and
total. Needs python3-pandas, python3-xlsxwriter, python3-matplotlib and python3-reportlab.
"""
import sys
import time

T_START = time.perf_counter()

import argparse  # noqa: E402
import io  # noqa: E402
import os  # noqa: E402

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

COLUMNS = {
    "entities.csv": "code,name_en,name_ru,kind,parent,iso",
    "sources.csv": "id,book,footnote,title,title_ru,publisher,publisher_ru,year,url,seed",
    "exchange_rates.csv": "currency,year,per_usd,source,source_ru,note,note_ru",
    "figures.csv": "id,reporter,partner,indicator,scope,item,item_ru,period,value,unit,qualifier,growth_pct,"
    "growth_text,growth_text_ru,growth_kind,growth_base,source,seed,conflict,note,note_ru",
    "targets.csv": "id,reporter,partner,indicator,scope,item,item_ru,value,unit,baseline_multiple,baseline_period,"
    "deadline,set_on,qualifier,source,seed,text,text_ru,note",
    "events.csv": "id,date,type,parties,place,place_ru,title,title_ru,source,seed,note,note_ru",
}
TRADE = ["turnover", "exports", "imports", "balance"]
SHARED = ["turnover", "exports", "imports"]
# money units to millions of the currency
SCALE = {"USD": 1e-6, "USD_K": 1e-3, "USD_M": 1.0, "USD_B": 1e3, "USD_T": 1e6,
         "RUB_M": 1.0, "RUB_B": 1e3, "EUR_M": 1.0, "EUR_B": 1e3, "BYN_M": 1.0}
PERIOD = (r"^(?P<y>\d{4})(?:-Q(?P<q>[1-4])|-H(?P<h>[12])|-(?P<m>\d{2})(?:\.\.(?P<m2>\d{2}))?"
          r"|\.\.(?P<y2>\d{4}))?$")
TEXT = {
    "en": {"title": "Briefing: {}", "latest": "Latest figures", "turnover": "Turnover, USD million",
           "overall": "Overall briefing", "partners": "Partners briefed: {}",
           "head": ["Reporter", "Indicator", "Scope", "Period", "Value", "Unit", "YoY %"],
           "ohead": ["Partner", "Latest turnover period", "USD million", "Share %", "Rank"],
           "changes": "Year-over-year changes", "targets": "Targets", "events": "Timeline of events",
           "sources": "Sources", "attained": "Attained, % of the target",
           "chead": ["Period", "Reporter", "Indicator", "Scope", "Value", "Previous", "Change", "Change %"],
           "thead": ["ID", "Target", "Deadline", "Goal", "Actual", "Attained %", "Status"],
           "ehead": ["Date", "Type", "Parties", "What happened", "Place"],
           "shead": ["ID", "Title", "Publisher", "Year"]},
    "ru": {"title": "Справка: {}", "latest": "Последние данные", "turnover": "Товарооборот, млн долл. США",
           "overall": "Общая справка", "partners": "Партнёров в справках: {}",
           "head": ["Отчитывающийся", "Показатель", "Охват", "Период", "Значение", "Ед.", "Изм. %"],
           "ohead": ["Партнёр", "Период", "млн долл. США", "Доля %", "Место"],
           "changes": "Изменения за год", "targets": "Цели", "events": "Хронология событий",
           "sources": "Источники", "attained": "Достигнуто, % цели",
           "chead": ["Период", "Отчитывающийся", "Показатель", "Охват", "Значение", "Ранее", "Изм.", "Изм. %"],
           "thead": ["Код", "Цель", "Срок", "Цель, знач.", "Факт", "Достигнуто %", "Статус"],
           "ehead": ["Дата", "Тип", "Стороны", "Событие", "Место"],
           "shead": ["Код", "Название", "Издатель", "Год"]},
}


def stage(name, t0):
    now = time.perf_counter()
    print(f"stage {name} {now - t0:.3f} s", flush=True)
    return now


# ---------------------------------------------------------------- read

def read(folder):
    frames = {}
    for name, header in COLUMNS.items():
        df = pd.read_csv(os.path.join(folder, name), dtype=str, keep_default_na=False, encoding="utf-8")
        if list(df.columns) != header.split(","):
            sys.exit(f"{name}: header is {','.join(df.columns)}, expected {header}")
        frames[name[:-4]] = df
    rejects = []

    def number(df, file, col, required=False):
        raw = df[col].str.strip()
        num = pd.to_numeric(raw, errors="coerce")
        bad = num.isna() if required else (raw != "") & num.isna()
        for i in df.index[bad]:
            rejects.append((file, i + 2, col, df.at[i, col]))
        df[col] = num
        return bad

    f = frames["figures"]
    bad = number(f, "figures.csv", "value") | number(f, "figures.csv", "growth_pct")
    parts = f["period"].str.extract(PERIOD)
    bad_period = parts["y"].isna() & (f["period"] != "undated")
    for i in f.index[bad_period]:
        rejects.append(("figures.csv", i + 2, "period", f.at[i, "period"]))
    bad_unit = (f["unit"] != "") & ~f["unit"].isin(list(SCALE) + [
        "T", "KT", "UNITS", "PERSONS", "JOBS", "COMPANIES", "PROJECTS", "CONTAINERS", "HECTARES", "PERCENT"])
    for i in f.index[bad_unit]:
        rejects.append(("figures.csv", i + 2, "unit", f.at[i, "unit"]))
    f = pd.concat([f, parts], axis=1)[~(bad | bad_period | bad_unit)].copy()
    f["y"] = pd.to_numeric(f["y"])
    # the period's kind and its shape (the same stretch of the year, whatever the year)
    f["kind"] = np.select(
        [f["q"].notna(), f["h"].notna(), f["m2"].notna(), f["m"].notna(), f["y2"].notna(), f["y"].notna()],
        ["quarter", "half", "months", "month", "years", "year"], "undated")
    f["shape"] = f["period"].str.slice(4)
    f["last_month"] = np.select(
        [f["q"].notna(), f["h"].notna(), f["m2"].notna(), f["m"].notna()],
        [pd.to_numeric(f["q"]) * 3, pd.to_numeric(f["h"]) * 6, pd.to_numeric(f["m2"]),
         pd.to_numeric(f["m"])], 12)
    f["last_year"] = np.where(f["y2"].notna(), pd.to_numeric(f["y2"]), f["y"])
    f["end"] = f["last_year"] * 100 + f["last_month"]  # sortable period end, NaN when undated
    frames["figures"] = f.drop(columns=["q", "h", "m", "m2", "y2"])

    t = frames["targets"]
    bad = (number(t, "targets.csv", "value") | number(t, "targets.csv", "baseline_multiple")
           | (t["value"].isna() & t["baseline_multiple"].isna()))
    frames["targets"] = t[~bad].copy()

    e = frames["events"]
    bad = ~e["date"].str.match(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    for i in e.index[bad]:
        rejects.append(("events.csv", i + 2, "date", e.at[i, "date"]))
    frames["events"] = e[~bad].copy()

    r = frames["exchange_rates"]
    number(r, "exchange_rates.csv", "per_usd", required=True)
    r["year"] = pd.to_numeric(r["year"])
    return frames, rejects


# ---------------------------------------------------------------- analyse

def to_usd_m(df, rates, value="value", year="last_year"):
    """The value in millions of US dollars where the unit is money and a rate is known, else NaN."""
    cur = df["unit"].str.split("_").str[0]
    scaled = df[value] * df["unit"].map(SCALE)
    rate = pd.merge(pd.DataFrame({"currency": cur.to_numpy(), "year": df[year].to_numpy()}),
                    rates[["currency", "year", "per_usd"]], how="left", on=["currency", "year"])["per_usd"]
    rate = np.where(cur.to_numpy() == "USD", 1.0, rate.to_numpy())
    return (scaled / rate).where(df["unit"].isin(list(SCALE)))


def within(ent, code):
    """The code and every entity whose chain of parents leads to it (coopbrief's EntityTree.within)."""
    parents = dict(zip(ent["code"], ent["parent"]))
    inside = set()
    for c in parents:
        seen, x = set(), c
        while x and x not in seen:
            if x == code:
                inside.add(c)
                break
            seen.add(x)
            x = parents.get(x)
    return inside | {code}


def select(frames, reporter, as_of=None):
    """What coopbrief's default run analyses: the figures and targets of the reporter and of every
    entity inside it (its regions, cities, companies, zones); figures whose period ends by the as-of
    date (by default the end of the latest dated period of any figure; undated ones are kept), targets
    set by then."""
    f, t = frames["figures"], frames["targets"]
    reporters = within(frames["entities"], reporter)
    as_of = f["end"].max() if as_of is None else as_of  # yyyymm of the latest period end
    f = f[f["reporter"].isin(reporters) & ~(f["end"] > as_of)]
    set_on = pd.to_numeric(t["set_on"].str[:4], errors="coerce") * 100 + pd.to_numeric(
        t["set_on"].str[5:7].replace("", "01"), errors="coerce").fillna(1)
    t = t[t["reporter"].isin(reporters) & ~(set_on > as_of)]
    return f, t, reporters


def analyse(frames, rejects, reporter="BY", as_of=None):
    ent, rates = frames["entities"], frames["exchange_rates"]
    f, targets, reporters = select(frames, reporter, as_of)
    levels = f[f["value"].notna()].copy()
    # one level per key and period; a conflict group keeps its first printed version
    series = ["reporter", "partner", "indicator", "scope", "item", "unit"]
    levels = levels.drop_duplicates(series + ["period"], keep="first")
    levels["usd_m"] = to_usd_m(levels, rates)

    # year-over-year: the same series, the same stretch of the year one year earlier
    dated = levels[levels["kind"].isin(["year", "quarter", "half", "month", "months"])]
    prev = dated[series + ["shape", "y", "value", "period"]].copy()
    prev["y"] = prev["y"] + 1
    yoy = dated.merge(prev, on=series + ["shape", "y"], how="left", suffixes=("", "_prev"))
    comps = levels.merge(yoy[["id", "period_prev", "value_prev"]], on="id", how="left")
    comps["change_abs"] = comps["value"] - comps["value_prev"]
    comps["change_pct"] = np.where((comps["value_prev"] > 0) & (comps["unit"] != "PERCENT"),
                                   (comps["value"] / comps["value_prev"] - 1) * 100, np.nan)

    # trade balance = exports - imports where both are reported, against the printed balance
    key = ["reporter", "partner", "scope", "item", "period"]
    flows = levels[levels["indicator"].isin(["exports", "imports", "balance"]) & levels["usd_m"].notna()]
    wide = flows.pivot_table(index=key, columns="indicator", values="usd_m", aggfunc="first")
    wide = wide.reindex(columns=["exports", "imports", "balance"])
    bal = wide[wide["exports"].notna() & wide["imports"].notna()].reset_index()
    bal["derived_balance"] = bal["exports"] - bal["imports"]
    bal["printed_balance"] = bal["balance"]
    bal["difference"] = bal["printed_balance"] - bal["derived_balance"]
    bal = bal.drop(columns=["balance"])

    # shares and ranks among peers: partners of the same kind and parent, per reporter,
    # indicator, scope and period; of the world total where there is one, else of the peers' total
    kinds = ent.set_index("code")[["kind", "parent"]].rename(columns={"kind": "kind_partner"})
    sh = levels[levels["indicator"].isin(SHARED) & (levels["item"] == "") & levels["usd_m"].notna()
                & (levels["kind"] != "undated")].join(kinds, on="partner")
    grp = ["reporter", "indicator", "scope", "period"]
    world = sh[sh["kind_partner"] == "world"].groupby(grp)["usd_m"].first().rename("world_total")
    peers = sh[(sh["kind_partner"] != "world") & (sh["kind_partner"] != "bloc")
               & sh["kind_partner"].notna() & (sh["partner"] != sh["reporter"])].copy()
    peers["parent"] = peers["parent"].fillna("")
    pgrp = grp + ["kind_partner", "parent"]
    g = peers.groupby(pgrp)["usd_m"]
    peers["peers"] = g.transform("size")
    peers["peers_total"] = g.transform("sum")
    peers = peers.join(world, on=grp)
    use_world = (peers["kind_partner"] == "country") & (peers["world_total"] > 0)
    peers["share_basis"] = np.where(use_world, "world total", "peers total")
    total = np.where(use_world, peers["world_total"], peers["peers_total"])
    peers["share_pct"] = np.where((total > 0) & (use_world | (peers["peers"] >= 2)),
                                  peers["usd_m"] / total * 100, np.nan)
    turnover = (peers["indicator"] == "turnover") & (peers["peers"] >= 2)
    peers["rank"] = np.nan
    peers.loc[turnover, "rank"] = peers[turnover].groupby(pgrp)["usd_m"].rank(method="min", ascending=False)
    comps = comps.merge(peers[["id", "share_pct", "share_basis", "peers", "rank"]], on="id", how="left")

    # targets against the latest actual of the same reporter, partner, indicator, scope, item (in USD
    # where both are money, otherwise in the same unit)
    t = targets.copy()
    t["deadline_year"] = pd.to_numeric(t["deadline"].str[-4:], errors="coerce")
    t["baseline_year"] = pd.to_numeric(t["baseline_period"].str[:4], errors="coerce")
    t["last_year"] = t["deadline_year"].fillna(t["baseline_year"])
    t["target_usd_m"] = to_usd_m(t, rates)
    match = ["reporter", "partner", "indicator", "scope", "item"]
    actual = levels[levels["kind"] != "undated"].sort_values("end")
    latest_usd = actual[actual["usd_m"].notna()].groupby(match).tail(1)
    latest_unit = actual.groupby(match + ["unit"]).tail(1)
    t = t.merge(latest_unit[match + ["unit", "period", "value"]].rename(
        columns={"period": "actual_period", "value": "actual_value"}), on=match + ["unit"], how="left")
    t = t.merge(latest_usd[match + ["period", "usd_m"]].rename(
        columns={"period": "usd_period", "usd_m": "actual_usd_m"}), on=match, how="left")
    money = t["target_usd_m"].notna() & t["actual_usd_m"].notna()
    t["actual_period"] = np.where(money, t["usd_period"], t["actual_period"])
    t["goal"] = np.where(money, t["target_usd_m"], t["value"])
    t["actual"] = np.where(money, t["actual_usd_m"], t["actual_value"])
    # a target relative to a past level: the multiple of that period's figure
    base = levels[match + ["period", "value"]].rename(
        columns={"period": "baseline_period", "value": "baseline_value"})
    t = t.merge(base.drop_duplicates(match + ["baseline_period"]), on=match + ["baseline_period"], how="left")
    relative = t["baseline_multiple"].notna()
    t.loc[relative, "goal"] = t["baseline_multiple"] * t["baseline_value"]
    t.loc[relative, "actual"] = t["actual_value"]
    t["progress_pct"] = np.where(t["goal"] > 0, t["actual"] / t["goal"] * 100, np.nan)
    t["status"] = np.select([t["actual"].isna() | t["goal"].isna(), t["actual"] >= t["goal"]],
                            ["no actual", "met"], "not met")
    t = t.drop(columns=["usd_period", "actual_usd_m", "actual_value"])

    # who gets a briefing (coopbrief's BriefedPartners): a partner with a dated whole trade figure
    # (turnover, exports, imports or balance; a printed level or a growth rate) or a target, not the
    # reporter nor inside it, not the world
    kind = ent.set_index("code")["kind"].to_dict()
    cand = set(f[f["indicator"].isin(TRADE) & (f["item"] == "") & (f["kind"] != "undated")]["partner"]) | set(
        targets["partner"])
    briefed = sorted(c for c in cand if c not in reporters and kind.get(c) != "world")
    return {"levels": levels, "comparisons": comps, "balances": bal, "targets": t, "briefed": briefed,
            "as_of": frames["figures"]["end"].max() if as_of is None else as_of, "reporter": reporter, "rejects": rejects}


# ---------------------------------------------------------------- workbook

def workbook(frames, res, path):
    comps = res["comparisons"]
    with pd.ExcelWriter(path, engine="xlsxwriter") as xw:
        figs = frames["figures"][list(COLUMNS["figures.csv"].split(","))]
        figs.to_excel(xw, sheet_name="Figures", index=False, freeze_panes=(1, 0))
        cols = ["reporter", "partner", "indicator", "scope", "item", "period", "value", "unit", "usd_m",
                "period_prev", "value_prev", "change_abs", "change_pct", "share_pct", "share_basis", "peers",
                "rank"]
        comps[cols].to_excel(xw, sheet_name="Comparisons", index=False, freeze_panes=(1, 0))
        res["balances"].to_excel(xw, sheet_name="Balances", index=False, freeze_panes=(1, 0))
        tcols = ["id", "reporter", "partner", "indicator", "scope", "item", "value", "unit", "baseline_multiple",
                 "baseline_period", "deadline", "goal", "actual_period", "actual", "progress_pct", "status", "text"]
        res["targets"][tcols].to_excel(xw, sheet_name="Targets", index=False, freeze_panes=(1, 0))
        frames["events"].to_excel(xw, sheet_name="Events", index=False, freeze_panes=(1, 0))
        # series: each trade flow of each reporter and partner in USD million, one column per year
        lv = res["levels"]
        names = frames["entities"].set_index("code")["name_en"]
        yearly = lv[lv["indicator"].isin(TRADE) & (lv["item"] == "") & (lv["kind"] == "year") & lv["usd_m"].notna()]
        series = yearly.pivot_table(index=["reporter", "partner", "indicator", "scope"], columns="y",
                                    values="usd_m", aggfunc="first").reset_index()
        series.insert(1, "reporter_name", series["reporter"].map(names))
        series.insert(3, "partner_name", series["partner"].map(names))
        series.columns = [str(int(c)) if isinstance(c, (int, float)) else c for c in series.columns]
        series.to_excel(xw, sheet_name="Series", index=False, freeze_panes=(1, 4))
        # data quality: the rejected values, and printed balances off the derived ones by more than 1%
        bal = res["balances"]
        off = bal[(bal["difference"].abs() > 0.01 * bal["derived_balance"].abs())]
        quality = pd.concat([
            pd.DataFrame(res["rejects"], columns=["file", "line", "field", "value"]).assign(category="rejected"),
            off.assign(category="balance", file="figures.csv", value=off["printed_balance"])[
                ["category", "file", "reporter", "partner", "period", "value", "derived_balance", "difference"]]],
            ignore_index=True)
        quality.to_excel(xw, sheet_name="Data quality", index=False, freeze_panes=(1, 0))
        frames["sources"].to_excel(xw, sheet_name="Sources", index=False, freeze_panes=(1, 0))
        pd.DataFrame([("reporter", res["reporter"]), ("as of (year and month)", int(res["as_of"])),
                      ("figures", len(frames["figures"])), ("comparisons", len(comps)),
                      ("targets", len(res["targets"])), ("events", len(frames["events"])),
                      ("partners briefed", len(res["briefed"]))], columns=["item", "value"]).to_excel(
            xw, sheet_name="About", index=False)
        for name, df in (("Figures", figs), ("Comparisons", comps[cols]), ("Targets", res["targets"][tcols]),
                         ("Events", frames["events"])):
            xw.sheets[name].autofilter(0, 0, len(df), len(df.columns) - 1)
        # summary: turnover of goods per year, summed over partners, with a native chart
        lv = res["levels"]
        summary = (lv[(lv["indicator"] == "turnover") & (lv["scope"] == "goods") & (lv["item"] == "")
                      & (lv["kind"] == "year") & lv["usd_m"].notna() & (lv["partner"] != "WORLD")]
                   .groupby("y")["usd_m"].agg(["sum", "count"]).reset_index())
        summary.columns = ["year", "turnover USD million (sum over partners)", "partners"]
        summary.to_excel(xw, sheet_name="Summary", index=False)
        sheet = xw.sheets["Summary"]
        chart = xw.book.add_chart({"type": "column"})
        n = len(summary)
        chart.add_series({"name": "Turnover, USD million", "categories": ["Summary", 1, 0, n, 0],
                          "values": ["Summary", 1, 1, n, 1]})
        chart.set_title({"name": "Turnover of goods by year"})
        chart.set_legend({"none": True})
        sheet.insert_chart("E2", chart, {"x_scale": 1.5, "y_scale": 1.2})
        sheet.set_column(0, 2, 18)
    return (11 + len(figs) + len(comps) + len(res["balances"]) + len(res["targets"]) + len(frames["events"]) + n
            + len(series) + len(quality) + len(frames["sources"]) + 7)


# ---------------------------------------------------------------- briefings

def fonts():
    regular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    if os.path.exists(regular) and os.path.exists(bold):
        pdfmetrics.registerFont(TTFont("Body", regular))
        pdfmetrics.registerFont(TTFont("Body-Bold", bold))
        return "Body", "Body-Bold"
    return "Helvetica", "Helvetica-Bold"  # no Cyrillic: the Russian titles show as boxes


def png(fig):
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png")
    plt.close(fig)
    buf.seek(0)
    return buf


def fmt(v, digits=1):
    return "" if v is None or (isinstance(v, float) and np.isnan(v)) else f"{v:,.{digits}f}"


def briefings(frames, res, out, langs):
    body, bold = fonts()
    styles = getSampleStyleSheet()
    for s in styles.byName.values():
        s.fontName = bold if s.name.startswith("Heading") or s.name == "Title" else body
    grid = TableStyle([("FONT", (0, 0), (-1, -1), body, 7.5), ("FONT", (0, 0), (-1, 0), bold, 7.5),
                       ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                       ("ALIGN", (4, 1), (-1, -1), "RIGHT")])
    cell = styles["BodyText"].clone("cell", fontName=body, fontSize=7, leading=8.5)
    comps, ent = res["comparisons"], frames["entities"].set_index("code")
    dated = comps[comps["kind"] != "undated"]
    by_partner = dict(tuple(dated.groupby("partner")))
    targets_by = dict(tuple(res["targets"].groupby("partner")))
    # the events involving a partner or an entity inside it, up to the as-of date
    ev = frames["events"]
    ev = ev[ev["date"].str[:4].astype(int) * 100 + pd.to_numeric(ev["date"].str[5:7].replace("", "01"))
            <= res["as_of"]]
    party = ev.assign(party=ev["parties"].str.split(";")).explode("party")
    party["party"] = party["party"].str.strip()
    parents = dict(zip(frames["entities"]["code"], frames["entities"]["parent"]))
    briefed = set(res["briefed"])

    def briefed_of(code):  # the briefed partners an entity is (inside)
        seen, out = set(), []
        while code and code not in seen:
            if code in briefed:
                out.append(code)
            seen.add(code)
            code = parents.get(code)
        return out

    party["briefed"] = party["party"].map(briefed_of)
    party = party.explode("briefed").dropna(subset=["briefed"]).drop_duplicates(["briefed", "id"])
    events_by = {k: v.sort_values("date") for k, v in party.groupby("briefed")}
    sources = frames["sources"].set_index("id")
    count = 0
    for lang in langs:
        text = TEXT[lang]
        names = ent["name_ru" if lang == "ru" else "name_en"]
        title_col, place_col = ("title_ru", "place_ru") if lang == "ru" else ("title", "place")
        for code in res["briefed"]:
            name = names.get(code, code)
            rows = by_partner.get(code, dated.iloc[0:0])
            # the latest figure of each of the partner's series
            latest = rows.sort_values("end").groupby(
                ["reporter", "indicator", "scope", "item", "unit"], sort=False).tail(1).sort_values(
                ["indicator", "reporter", "scope"])
            table = [text["head"]] + [
                [r.reporter, r.indicator + (f" ({r.item})" if r.item else ""), r.scope, r.period, fmt(r.value, 2),
                 r.unit, fmt(r.change_pct)] for r in latest.itertuples()]
            story = [Paragraph(text["title"].format(name), styles["Title"]),
                     Paragraph(text["latest"], styles["Heading2"]),
                     Table(table, style=grid, repeatRows=1)]
            turn = rows[(rows["indicator"] == "turnover") & (rows["item"] == "") & (rows["kind"] == "year")
                        & rows["usd_m"].notna()]
            if not turn.empty:
                s = turn.groupby("y")["usd_m"].sum()
                fig, ax = plt.subplots(figsize=(6.5, 2.8), dpi=120)
                ax.plot(s.index, s.values, marker="o", color="#1f5f8b")
                ax.set_ylabel(text["turnover"])
                ax.grid(alpha=0.3)
                story += [Spacer(1, 0.4 * cm), Image(png(fig), width=16 * cm, height=16 * cm * 2.8 / 6.5)]
            # every comparison of the partner's series, by reporter and period
            ch = rows.sort_values(["reporter", "indicator", "scope", "item", "end"])
            story += [Paragraph(text["changes"], styles["Heading2"]), Table(
                [text["chead"]] + [[r.period, r.reporter, r.indicator + (f" ({r.item})" if r.item else ""), r.scope,
                                    fmt(r.value, 2), fmt(r.value_prev, 2), fmt(r.change_abs, 2), fmt(r.change_pct)]
                                   for r in ch.itertuples()], style=grid, repeatRows=1)]
            tg = targets_by.get(code)
            cited = list(rows["source"]) + ([] if tg is None else list(tg["source"]))
            if tg is not None:
                story += [Paragraph(text["targets"], styles["Heading2"]), Table(
                    [text["thead"]] + [[r.id, Paragraph(str(r.text), cell), r.deadline, fmt(r.goal), fmt(r.actual),
                                        fmt(r.progress_pct, 0), r.status] for r in tg.itertuples()],
                    style=grid, repeatRows=1, colWidths=[1.2 * cm, 7 * cm, 1.6 * cm, 1.8 * cm, 1.8 * cm, 1.6 * cm,
                                                         1.6 * cm])]
                att = tg[tg["progress_pct"].notna()]
                if not att.empty:
                    h = min(1.2 + 0.25 * len(att), 9.0)  # at most a page: thinner bars for many targets
                    fig, ax = plt.subplots(figsize=(6.5, h), dpi=120)
                    ax.barh(att["id"], att["progress_pct"].clip(upper=200), color="#3c8d5a")
                    ax.tick_params(axis="y", labelsize=max(3, min(8, 400 / len(att))))
                    ax.axvline(100, color="grey", lw=0.8)
                    ax.set_xlabel(text["attained"])
                    story.append(Image(png(fig), width=16 * cm, height=16 * cm * h / 6.5))
            evs = events_by.get(code)
            if evs is not None:
                cited += list(evs["source"])
                story += [Paragraph(text["events"], styles["Heading2"]), Table(
                    [text["ehead"]] + [[r.date, r.type, Paragraph(r.parties, cell),
                                        Paragraph(getattr(r, title_col), cell), Paragraph(getattr(r, place_col), cell)]
                                       for r in evs.itertuples()],
                    style=grid, repeatRows=1, colWidths=[1.8 * cm, 1.8 * cm, 3 * cm, 7.4 * cm, 2.6 * cm])]
            cited = sorted({c for c in cited if c and c in sources.index})
            if cited:
                src = sources.loc[cited]
                story += [Paragraph(text["sources"], styles["Heading2"]), Table(
                    [text["shead"]] + [[i, Paragraph(r[title_col], cell), r["publisher_ru" if lang == "ru" else
                                                                            "publisher"], r["year"]]
                                       for i, r in src.iterrows()],
                    style=grid, repeatRows=1, colWidths=[2 * cm, 10 * cm, 3.4 * cm, 1.2 * cm])]
            SimpleDocTemplate(os.path.join(out, f"briefing-{code}-{lang}.pdf"), pagesize=A4,
                              title=text["title"].format(name)).build(story)
            count += 1
        # overall: every briefed partner's latest turnover, share and rank; the top ten in a chart
        turn = dated[(dated["indicator"] == "turnover") & (dated["item"] == "") & dated["usd_m"].notna()
                     & dated["partner"].isin(res["briefed"])]
        last = turn.sort_values("end").groupby("partner").tail(1).sort_values("usd_m", ascending=False)
        table = [text["ohead"]] + [[names.get(r.partner, r.partner), r.period, fmt(r.usd_m),
                                    fmt(r.share_pct), fmt(r.rank, 0)] for r in last.itertuples()]
        top = last.head(10)
        fig, ax = plt.subplots(figsize=(6.5, 3.2), dpi=120)
        ax.barh([str(names.get(p, p))[:28] for p in top["partner"]][::-1], top["usd_m"].values[::-1],
                color="#1f5f8b")
        ax.set_xlabel(text["turnover"])
        story = [Paragraph(text["overall"], styles["Title"]),
                 Paragraph(text["partners"].format(len(res["briefed"])), styles["Normal"]),
                 Image(png(fig), width=16 * cm, height=16 * cm * 3.2 / 6.5), Spacer(1, 0.4 * cm),
                 Table(table, style=grid, repeatRows=1)]
        SimpleDocTemplate(os.path.join(out, f"overall-{lang}.pdf"), pagesize=A4, title=text["overall"]).build(story)
        count += 1
    return count


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("input")
    p.add_argument("out")
    p.add_argument("--langs", default="en")
    p.add_argument("--reporter", default="BY")
    p.add_argument("--as-of", help="YYYY-MM-DD; default: the end of the latest period of any figure")
    a = p.parse_args()
    langs = [x.strip() for x in a.langs.split(",") if x.strip()]
    unknown = [x for x in langs if x not in TEXT]
    if unknown:
        sys.exit(f"unknown language(s): {','.join(unknown)}")
    os.makedirs(a.out, exist_ok=True)
    t0 = time.perf_counter()
    print(f"imports {t0 - T_START:.3f} s", flush=True)
    frames, rejects = read(a.input)
    print(f"read: {len(frames['figures'])} figures, {len(frames['targets'])} targets, "
          f"{len(frames['events'])} events, {len(frames['entities'])} entities, {len(rejects)} rejects")
    for r in rejects[:10]:
        print("  reject: %s line %d, %s: %r" % r)
    t = stage("read", t0)
    res = analyse(frames, rejects, a.reporter,
                  None if a.as_of is None else int(a.as_of[:4]) * 100 + int(a.as_of[5:7]))
    c = res["comparisons"]
    print(f"analyse: {len(c)} comparisons, {int(c['change_abs'].notna().sum())} year-over-year, "
          f"{len(res['balances'])} balances, {int(c['share_pct'].notna().sum())} shares, "
          f"{int(c['rank'].notna().sum())} ranks, {int((res['targets']['status'] != 'no actual').sum())}"
          f"/{len(res['targets'])} targets with an actual, {len(res['briefed'])} partners briefed")
    t = stage("analyse", t)
    rows = workbook(frames, res, os.path.join(a.out, "coopbrief.xlsx"))
    print(f"workbook: {rows} sheet rows")
    t = stage("workbook", t)
    pdfs = briefings(frames, res, a.out, langs)
    print(f"briefings: {pdfs} PDFs")
    stage("briefings", t)
    stage("total", t0)


if __name__ == "__main__":
    main()
