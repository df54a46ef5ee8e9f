//! A bare Tauri window with one line of HTML, built with the app's Tauri version and
//! profile: the baseline of `scripts/startup-bench.sh` (start-up time and idle memory of
//! Switchboard beside the least any Tauri app costs on the same machine).

fn main() {
    if let Err(e) = tauri::Builder::default().run(tauri::generate_context!()) {
        eprintln!("the bare window stopped with an error: {e}");
        std::process::exit(1);
    }
}
