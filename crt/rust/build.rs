//! Builds (or finds) the C runtime for the target being compiled and tells
//! rustc where it and the linker scripts are. No dependencies: plain
//! std::process::Command.
//!
//! - MINRT_LIB_DIR=<dir>: link that prebuilt libminrt.a (what `make` does);
//!   otherwise the C sources are compiled here with $CC_<target> / $CC or
//!   the target's usual cross compiler, using the flags in crt/<kit>/cflags.
//! - The chosen layout's linker script is copied to OUT_DIR as `minrt.ld`,
//!   on the library search path, so a program links with `-Tminrt.ld`.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let target = env::var("TARGET").unwrap();
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());

    rustc_version_cfgs();

    let kit = if target.starts_with("x86_64-") && target.contains("linux") {
        "linux-x86_64"
    } else if target.starts_with("x86_64-") && target.contains("windows") {
        "windows-x86_64"
    } else if target.starts_with("thumb") {
        "cortex-m"
    } else {
        panic!("minrt: no runtime for target {}", target);
    };

    // In the repository the crate is crt/rust; installed, it is
    // share/minrt/rust with crt/ and linker-scripts/ copied inside it.
    let root = [manifest.clone(), manifest.join("../..")]
        .into_iter()
        .find(|d| d.join("linker-scripts").is_dir())
        .expect("minrt: linker-scripts/ not found beside the crate");
    let crt = if manifest.join("crt").is_dir() { manifest.join("crt") } else { root.join("crt") };

    println!("cargo:rerun-if-env-changed=MINRT_LIB_DIR");
    match env::var("MINRT_LIB_DIR") {
        Ok(dir) => {
            // Cargo does not watch native libraries: relink when it changes.
            println!("cargo:rerun-if-changed={}/libminrt.a", dir);
            println!("cargo:rustc-link-search=native={}", dir);
        }
        Err(_) => {
            build_runtime(&crt, kit, &target, &out);
            println!("cargo:rustc-link-search=native={}", out.display());
        }
    }
    println!("cargo:rustc-link-lib=static:-bundle=minrt");
    if kit == "linux-x86_64" {
        libc_stand_ins(&out);
    }

    let layout = if env::var_os("CARGO_FEATURE_TINY").is_some() { "-tiny" } else { "" };
    let script = root.join("linker-scripts").join(format!("{}{}.ld", kit, layout));
    if script.is_file() {
        fs::copy(&script, out.join("minrt.ld")).unwrap();
        println!("cargo:rerun-if-changed={}", script.display());
    }
    // The default script is also searched for by name (INCLUDE in others).
    println!("cargo:rustc-link-search=native={}", root.join("linker-scripts").display());
    if kit == "cortex-m" {
        // A chip's memory file (-T<chip>.ld) INCLUDEs sections.ld beside it.
        println!("cargo:rustc-link-search=native={}", root.join("linker-scripts/cortex-m").display());
    }
    println!("cargo:rustc-link-search=native={}", out.display());
}

/// Crates that call C through the `libc` crate (getrandom, memchr, errno
/// ...) make rustc link `-lc -lm -lrt -lpthread` on linux-gnu. Here each of
/// those names is a linker script, `INPUT(-lminrt)`, in OUT_DIR, which is
/// searched before the system's directories: the calls resolve to minrt's
/// C library and system call wrappers (crt/libc/), never to glibc. A
/// function minrt lacks is an undefined reference naming it.
fn libc_stand_ins(out: &Path) {
    for name in ["c", "m", "rt", "pthread", "dl", "util"] {
        let text = format!("/* -l{}: minrt (crt/rust/build.rs) */\nINPUT(-lminrt)\n", name);
        fs::write(out.join(format!("lib{}.a", name)), text).unwrap();
    }
}

/// cfgs by compiler version:
/// - `minrt_panic_message`: PanicInfo::message() is stable (rustc >= 1.81);
/// - `minrt_alloc_error_handler`: no_std + alloc needs an
///   #[alloc_error_handler] before 1.68 (src/alloc.rs).
/// The check-cfg lines that declare them are for cargo >= 1.80, which
/// warns about undeclared cfgs; older cargo warns about the lines instead,
/// so they go out only with a compiler that new (cargo comes with it).
fn rustc_version_cfgs() {
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let v = Command::new(rustc).arg("--version").output().expect("minrt: cannot run rustc");
    let v = String::from_utf8_lossy(&v.stdout);
    let minor: u32 = v.split('.').nth(1).and_then(|m| m.parse().ok()).unwrap_or(0);
    if minor >= 80 {
        println!("cargo:rustc-check-cfg=cfg(minrt_panic_message)");
        println!("cargo:rustc-check-cfg=cfg(minrt_alloc_error_handler)");
    }
    if minor >= 81 {
        println!("cargo:rustc-cfg=minrt_panic_message");
    }
    if minor < 68 {
        println!("cargo:rustc-cfg=minrt_alloc_error_handler");
    }
}

fn build_runtime(crt: &Path, kit: &str, target: &str, out: &Path) {
    let cc = env::var(format!("CC_{}", target.replace('-', "_")))
        .or_else(|_| env::var("CC"))
        .unwrap_or_else(|_| {
            match kit {
                "windows-x86_64" => "x86_64-w64-mingw32-gcc",
                "cortex-m" => "arm-none-eabi-gcc",
                _ => "gcc",
            }
            .into()
        });
    let flags_file = crt.join(kit).join("cflags");
    let mut flags: Vec<String> = fs::read_to_string(&flags_file)
        .unwrap_or_else(|e| panic!("minrt: {}: {}", flags_file.display(), e))
        .split_whitespace()
        .map(String::from)
        .collect();
    if kit == "cortex-m" {
        flags.extend(cortex_m_flags(target).iter().map(|s| s.to_string()));
    }
    println!("cargo:rerun-if-changed={}", flags_file.display());

    // The same sources as the make build: crt/common, the C library's
    // areas (crt/libc/<area>/<function>.c), the target's own directory.
    let mut dirs = vec![crt.join("common")];
    let mut areas: Vec<PathBuf> = fs::read_dir(crt.join("libc"))
        .map(|d| d.map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    areas.sort();
    dirs.extend(areas);
    dirs.push(crt.join(kit));
    let mut objs = Vec::new();
    for dir in dirs {
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut entries: Vec<PathBuf> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for src in entries {
            let ext = src.extension().and_then(|e| e.to_str()).unwrap_or("");
            if ext != "c" && ext != "S" {
                continue;
            }
            // Named by directory too: crt/libc/exit/exit.c and the
            // target's exit.c must not overwrite each other's object.
            let obj = out.join(format!(
                "{}-{}.o",
                dir.file_name().unwrap().to_str().unwrap(),
                src.file_name().unwrap().to_str().unwrap()
            ));
            let status = Command::new(&cc)
                .args(&flags)
                .arg("-I")
                .arg(crt.join("include"))
                .arg("-I")
                .arg(crt.join("common"))
                .arg("-I")
                .arg(crt.join(kit))
                .arg("-c")
                .arg(&src)
                .arg("-o")
                .arg(&obj)
                .status()
                .unwrap_or_else(|e| panic!("minrt: cannot run {}: {}", cc, e));
            assert!(status.success(), "minrt: {} failed on {}", cc, src.display());
            objs.push(obj);
        }
    }
    let lib = out.join("libminrt.a");
    let _ = fs::remove_file(&lib);
    let ar = env::var("AR").unwrap_or_else(|_| if kit == "linux-x86_64" { "ar".into() } else { cc.replace("gcc", "ar") });
    let status = Command::new(&ar).arg("crs").arg(&lib).args(&objs).status().expect("minrt: cannot run ar");
    assert!(status.success(), "minrt: ar failed");
}

/// -mcpu and float ABI for each thumb target.
fn cortex_m_flags(target: &str) -> &'static [&'static str] {
    match target {
        "thumbv6m-none-eabi" => &["-mcpu=cortex-m0", "-mthumb"],
        "thumbv7m-none-eabi" => &["-mcpu=cortex-m3", "-mthumb"],
        "thumbv7em-none-eabi" => &["-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=soft"],
        "thumbv7em-none-eabihf" => &["-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16"],
        _ => &["-mthumb"],
    }
}
