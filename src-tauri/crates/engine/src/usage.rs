//! Spend over a period from the append-only ledger, totalled and grouped for `sb usage`
//! and the Usage screen. Every call that went out has a row, priced or not: a model
//! with no price counts its calls and tokens, at no cost, and says so.

use sb_core::budget::{month_start_utc, utc_date};
use sb_core::Usd;
use sb_store::UsageEntry;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Engine, EngineError};

/// Spend over a period, totalled and broken down (for `sb usage` and the Usage screen).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UsageSummary {
    /// Start of the period (Unix ms).
    #[ts(type = "number")]
    pub since: i64,
    pub total: Usd,
    /// Of `total`, the part settled from estimates rather than reported usage.
    pub estimated: Usd,
    #[ts(type = "number")]
    pub calls: u64,
    /// Of `calls`, those on models with no price (counted at no cost).
    #[ts(type = "number")]
    pub unpriced_calls: u64,
    pub by_model: Vec<SpendLine>,
    pub by_provider: Vec<SpendLine>,
    pub by_task: Vec<SpendLine>,
    /// Per UTC day: `YYYY-MM-DD`.
    pub by_day: Vec<SpendLine>,
    /// Spend per day and model/provider/task, for charts that split each day.
    pub daily: Vec<DailySpend>,
}

/// One day's spend on one model, through one provider, for one task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DailySpend {
    pub day: String,
    pub model: String,
    pub provider: String,
    pub task: String,
    pub cost: Usd,
}

/// One group of a [`UsageSummary`], largest first (days in date order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SpendLine {
    pub key: String,
    pub cost: Usd,
    #[ts(type = "number")]
    pub calls: u64,
    /// Of `calls`, those on models with no price.
    #[ts(type = "number")]
    pub unpriced_calls: u64,
    #[ts(type = "number")]
    pub input_tokens: u64,
    #[ts(type = "number")]
    pub output_tokens: u64,
}

fn group(entries: &[UsageEntry], key: impl Fn(&UsageEntry) -> String) -> Vec<SpendLine> {
    let mut map: std::collections::BTreeMap<String, SpendLine> = std::collections::BTreeMap::new();
    for e in entries {
        let k = key(e);
        let line = map.entry(k.clone()).or_insert(SpendLine {
            key: k,
            cost: Usd::ZERO,
            calls: 0,
            unpriced_calls: 0,
            input_tokens: 0,
            output_tokens: 0,
        });
        line.cost = line.cost.saturating_add(e.cost);
        line.calls += 1;
        line.unpriced_calls += u64::from(!e.priced);
        line.input_tokens += e.input_tokens;
        line.output_tokens += e.output_tokens;
    }
    map.into_values().collect()
}

/// `YYYY-MM-DD` (UTC) of a Unix-ms instant.
fn utc_day(ms: i64) -> String {
    let (year, month, day) = utc_date(ms);
    format!("{year:04}-{month:02}-{day:02}")
}

fn or_dash(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "—".into())
}

/// Totals and groups ledger rows.
pub fn summarise(since: i64, entries: &[UsageEntry]) -> UsageSummary {
    let by_cost = |mut v: Vec<SpendLine>| {
        v.sort_by(|a, b| b.cost.cmp(&a.cost).then(a.key.cmp(&b.key)));
        v
    };
    let mut daily: std::collections::BTreeMap<(String, String, String, String), Usd> =
        std::collections::BTreeMap::new();
    for e in entries {
        let key = (
            utc_day(e.at),
            e.model.clone(),
            or_dash(&e.provider),
            or_dash(&e.task),
        );
        let cost = daily.entry(key).or_insert(Usd::ZERO);
        *cost = cost.saturating_add(e.cost);
    }
    UsageSummary {
        since,
        total: entries
            .iter()
            .fold(Usd::ZERO, |t, e| t.saturating_add(e.cost)),
        estimated: entries
            .iter()
            .filter(|e| !e.exact)
            .fold(Usd::ZERO, |t, e| t.saturating_add(e.cost)),
        calls: entries.len() as u64,
        unpriced_calls: entries.iter().filter(|e| !e.priced).count() as u64,
        by_model: by_cost(group(entries, |e| e.model.clone())),
        by_provider: by_cost(group(entries, |e| or_dash(&e.provider))),
        by_task: by_cost(group(entries, |e| or_dash(&e.task))),
        by_day: group(entries, |e| utc_day(e.at)),
        daily: daily
            .into_iter()
            .map(|((day, model, provider, task), cost)| DailySpend {
                day,
                model,
                provider,
                task,
                cost,
            })
            .collect(),
    }
}

impl Engine {
    /// Spend over the last `days` days, or (`None`) since the start of this month (UTC).
    pub async fn usage_summary(&self, days: Option<u32>) -> Result<UsageSummary, EngineError> {
        let now = self.now();
        let since = days.map_or_else(
            || month_start_utc(now),
            |d| now.saturating_sub(i64::from(d) * 86_400_000),
        );
        let entries = self.read(move |s| s.usage_since(since)).await?;
        Ok(summarise(since, &entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(at: i64, model: &str, cost: i64, exact: bool, priced: bool) -> UsageEntry {
        UsageEntry {
            at,
            conversation_id: None,
            message_id: None,
            provider: Some("p".into()),
            model: model.into(),
            task: Some("chat".into()),
            input_tokens: 10,
            output_tokens: 20,
            reasoning_tokens: 0,
            cache_read_tokens: 0,
            cache_write_tokens: 0,
            cost: Usd(cost),
            exact,
            priced,
        }
    }

    #[test]
    fn summaries_total_and_group_the_ledger_unpriced_calls_included() {
        // 2026-11-22 and 2026-11-23 (UTC).
        let day1 = 1_795_350_896_000;
        let day2 = day1 + 86_400_000;
        let s = summarise(
            0,
            &[
                entry(day1, "a", 5, true, true),
                entry(day1, "b", 7, false, true),
                entry(day2, "a", 3, true, true),
                entry(day2, "custom", 0, true, false),
            ],
        );
        assert_eq!(s.total, Usd(15), "every row counts");
        assert_eq!(s.estimated, Usd(7), "estimated rows are totalled apart");
        assert_eq!(s.calls, 4, "one call per row, unpriced ones too");
        assert_eq!(s.unpriced_calls, 1, "the unpriced call is counted apart");
        let custom = s.by_model.iter().find(|l| l.key == "custom").unwrap();
        assert_eq!(
            (custom.calls, custom.unpriced_calls, custom.input_tokens),
            (1, 1, 10),
            "an unpriced model keeps its calls and tokens"
        );
        assert_eq!(s.by_model[0].key, "a", "largest spend first");
        assert_eq!(s.by_model[0].cost, Usd(8), "model a: 5 + 3");
        let days: Vec<&str> = s.by_day.iter().map(|d| d.key.as_str()).collect();
        assert_eq!(days, ["2026-11-22", "2026-11-23"], "days in date order");
        assert_eq!(
            s.daily
                .iter()
                .map(|d| d.cost)
                .fold(Usd::ZERO, Usd::saturating_add),
            s.total,
            "the daily series adds up to the total"
        );
        assert_eq!(utc_day(0), "1970-01-01", "the epoch");
        assert_eq!(utc_day(1_709_251_199_000), "2024-02-29", "a leap day");
    }
}
