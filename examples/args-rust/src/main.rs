//! Prints argv[1], argv[2], ... each on its own line, byte for byte, then
//! the value of MINRT_DEMO on its own line when it is set. Exits 1 if
//! stdout fails (closed, full), 0 otherwise.
#![no_std]
#![no_main]

minrt::main!(run);

fn line(bytes: &[u8]) -> Result<(), minrt::Errno> {
    minrt::write_all(1, bytes)?;
    minrt::write_all(1, b"\n")
}

fn run() -> Result<(), minrt::Errno> {
    for arg in minrt::args().skip(1) {
        line(arg)?;
    }
    if let Some(v) = minrt::var(b"MINRT_DEMO") {
        line(v)?;
    }
    Ok(())
}
