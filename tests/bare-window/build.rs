//! Tauri's build step (embeds tauri.conf.json and dist/).

fn main() {
    tauri_build::build();
}
