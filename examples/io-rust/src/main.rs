//! minrt::io and minrt::fs. With no arguments, a fixed script in the
//! working directory: a missing file, create, write!, append, read back,
//! then standard input to its end. With `cat`: standard input to stdout,
//! by read_to_end. With `lines`: standard input numbered, by read_line.
#![no_std]
#![no_main]

extern crate alloc;

use alloc::vec::Vec;
use core::fmt::Write;
use minrt::fs::File;

minrt::main!(run);

const NAME: &str = "minrt-io-test.tmp";

fn script() -> Result<(), minrt::Errno> {
    minrt::println!("open missing: {:?}", File::open("no-such-file").err());
    let mut f = File::create(NAME)?;
    f.write_all(b"line one\n")?;
    let _ = write!(f, "line {}\n", 2);
    f.close()?;
    let mut f = File::append(NAME)?;
    f.write_all(b"line three\n")?;
    drop(f);
    let mut buf = Vec::new();
    let n = File::open(NAME)?.read_to_end(&mut buf)?;
    minrt::println!("read back {} bytes:", n);
    minrt::write_all(1, &buf)?;
    // create empties the file again.
    File::create(NAME)?;
    buf.clear();
    minrt::println!("after create: {} bytes", File::open(NAME)?.read_to_end(&mut buf)?);
    buf.clear();
    let n = minrt::io::stdin().read_to_end(&mut buf)?;
    minrt::println!("stdin: {} bytes", n);
    Ok(())
}

fn run() -> i32 {
    let mut args = minrt::args().skip(1);
    let r = match args.next() {
        None => script(),
        Some(b"cat") => {
            let mut buf = Vec::new();
            minrt::io::read_to_end(0, &mut buf).and_then(|n| {
                minrt::write_all(1, &buf)?;
                minrt::eprintln!("{} bytes", n);
                Ok(())
            })
        }
        Some(b"lines") => {
            let mut line = Vec::new();
            let mut stdin = minrt::io::stdin();
            let mut n = 0;
            loop {
                line.clear();
                match stdin.read_line(&mut line) {
                    Ok(0) => break,
                    Ok(_) => {
                        n += 1;
                        let text = line.strip_suffix(b"\n").unwrap_or(&line);
                        minrt::stdout().width(3).u64(n).str(": ").bytes(text).nl();
                    }
                    Err(e) => return minrt::Termination::report(Err::<(), _>(e)),
                }
            }
            minrt::println!("{} lines", n);
            Ok(())
        }
        Some(_) => Err(minrt::Errno::EINVAL),
    };
    match r {
        Ok(()) => 0,
        Err(e) => {
            minrt::eprintln!("io-rust: {:?}", e);
            1
        }
    }
}
