//! What crosses the IPC boundary: the one `{code, message}` error, and the generated
//! TypeScript twin of every type the UI receives or sends.
//!
//! Invariant: `ui/src/lib/bindings.ts` is generated from these Rust types, never edited
//! by hand; the `bindings_are_current` test fails when they drift
//! (`UPDATE_BINDINGS=1 cargo test -p switchboard bindings` rewrites it).

use sb_engine::EngineError;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct IpcError {
    pub code: String,
    pub message: String,
}

impl From<EngineError> for IpcError {
    fn from(e: EngineError) -> Self {
        IpcError {
            code: e.code().to_owned(),
            message: e.to_string(),
        }
    }
}

/// The contents of `ui/src/lib/bindings.ts`.
pub fn typescript_bindings() -> String {
    let cfg = ts_rs::Config::default();
    let decls = [
        sb_core::ProviderKind::decl(&cfg),
        sb_core::ExtraHeader::decl(&cfg),
        sb_core::ProviderSettings::decl(&cfg),
        sb_core::StopKind::decl(&cfg),
        sb_core::StopReason::decl(&cfg),
        sb_core::Provider::decl(&cfg),
        sb_engine::presets::Preset::decl(&cfg),
        sb_engine::ListedModel::decl(&cfg),
        sb_engine::ModelListing::decl(&cfg),
        sb_engine::ConnectionTest::decl(&cfg),
        sb_engine::DetectedOllama::decl(&cfg),
        sb_core::ProviderInput::decl(&cfg),
        sb_core::Role::decl(&cfg),
        sb_core::MessageStatus::decl(&cfg),
        sb_core::Usage::decl(&cfg),
        sb_core::ErrorInfo::decl(&cfg),
        sb_core::Conversation::decl(&cfg),
        sb_core::AttachmentKind::decl(&cfg),
        sb_core::Attachment::decl(&cfg),
        sb_core::AttachmentInput::decl(&cfg),
        sb_engine::AttachmentData::decl(&cfg),
        sb_core::Message::decl(&cfg),
        sb_engine::Branch::decl(&cfg),
        sb_engine::BackupKind::decl(&cfg),
        sb_engine::BackupInfo::decl(&cfg),
        sb_engine::BackupSettings::decl(&cfg),
        sb_engine::ConversationView::decl(&cfg),
        sb_engine::ConversationPage::decl(&cfg),
        sb_engine::ExportFormat::decl(&cfg),
        sb_engine::Skipped::decl(&cfg),
        sb_engine::ImportSummary::decl(&cfg),
        sb_engine::ImportProgress::decl(&cfg),
        sb_engine::ExportSummary::decl(&cfg),
        crate::commands::DatabaseRecovery::decl(&cfg),
        sb_engine::SearchHit::decl(&cfg),
        sb_engine::Placement::decl(&cfg),
        sb_keys::KeyringStatus::decl(&cfg),
        sb_engine::AppStatus::decl(&cfg),
        sb_engine::SendTurn::decl(&cfg),
        sb_engine::TurnStarted::decl(&cfg),
        sb_engine::TurnEvent::decl(&cfg),
        sb_core::Task::decl(&cfg),
        sb_core::Basis::decl(&cfg),
        sb_core::Evidence::decl(&cfg),
        sb_core::Alternative::decl(&cfg),
        sb_core::Classification::decl(&cfg),
        sb_core::Usd::decl(&cfg),
        sb_core::ModelRef::decl(&cfg),
        sb_core::QualityPreference::decl(&cfg),
        sb_core::BudgetMode::decl(&cfg),
        sb_core::route::Access::decl(&cfg),
        sb_core::route::Rejection::decl(&cfg),
        sb_core::route::Verdict::decl(&cfg),
        sb_core::route::Candidate::decl(&cfg),
        sb_core::route::Blocked::decl(&cfg),
        sb_core::route::NoKeyGroup::decl(&cfg),
        sb_core::RouteDecision::decl(&cfg),
        sb_core::Cap::decl(&cfg),
        sb_core::Ledger::decl(&cfg),
        sb_engine::RouteOptions::decl(&cfg),
        sb_engine::RoutePreview::decl(&cfg),
        sb_engine::FallbackTaken::decl(&cfg),
        sb_engine::Selection::decl(&cfg),
        sb_engine::RouteRecord::decl(&cfg),
        sb_engine::StoredRecord::decl(&cfg),
        sb_engine::BudgetStatus::decl(&cfg),
        sb_engine::BudgetSettings::decl(&cfg),
        sb_engine::ConversationRouting::decl(&cfg),
        sb_engine::SendRoutedTurn::decl(&cfg),
        sb_core::catalogue::Tokenizer::decl(&cfg),
        sb_core::catalogue::Vendor::decl(&cfg),
        sb_core::catalogue::Price::decl(&cfg),
        sb_core::catalogue::Capabilities::decl(&cfg),
        sb_core::catalogue::Quality::decl(&cfg),
        sb_core::catalogue::ModelInfo::decl(&cfg),
        sb_core::catalogue::CatalogueSource::decl(&cfg),
        sb_core::catalogue::Catalogue::decl(&cfg),
        sb_core::catalogue::CatalogueEdits::decl(&cfg),
        sb_engine::CatalogueState::decl(&cfg),
        sb_engine::SpendLine::decl(&cfg),
        sb_engine::DailySpend::decl(&cfg),
        sb_engine::UsageSummary::decl(&cfg),
        sb_engine::UpdateChannel::decl(&cfg),
        sb_engine::UpdateSettings::decl(&cfg),
        sb_engine::CheckResult::decl(&cfg),
        sb_engine::Installing::decl(&cfg),
        sb_engine::InstallOutcome::decl(&cfg),
        sb_engine::UpdateState::decl(&cfg),
        crate::updater::UpdateOffer::decl(&cfg),
        crate::updater::UpdateStatus::decl(&cfg),
        crate::updater::AboutInfo::decl(&cfg),
        crate::updater::DownloadEvent::decl(&cfg),
        IpcError::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types by `src-tauri/src/ipc.rs`; do not edit.\n\
         // Regenerate: UPDATE_BINDINGS=1 cargo test -p switchboard bindings\n\n",
    );
    for decl in decls {
        out.push_str("export ");
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    #[test]
    fn bindings_are_current() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings.ts");
        let generated = super::typescript_bindings();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &generated).unwrap();
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "ui/src/lib/bindings.ts is out of date with the Rust types; run \
             `UPDATE_BINDINGS=1 cargo test -p switchboard bindings` and commit the result"
        );
    }
}
