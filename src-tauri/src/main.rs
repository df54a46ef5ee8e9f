// Hides the extra console window on Windows release builds; does nothing elsewhere.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    switchboard_lib::run();
}
