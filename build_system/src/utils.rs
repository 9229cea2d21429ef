//! Small process and filesystem helpers shared by all subcommands.

use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use std::{fs, thread};

/// Errors are plain messages: they end up in front of a person, never get matched on.
pub type Result<T, E = String> = std::result::Result<T, E>;

/// Captured output is capped so a runaway program cannot exhaust memory.
const OUTPUT_CAP: usize = 16 << 20;

/// How long to keep reading pipes after the child exited; a grandchild that
/// inherited them must not be able to stall us.
const PIPE_GRACE: Duration = Duration::from_secs(2);

/// Adds what we were doing to an error, so messages say which file or command failed.
pub trait ResultExt<T> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T>;
}

impl<T, E: std::fmt::Display> ResultExt<T> for std::result::Result<T, E> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T> {
        self.map_err(|e| format!("{}: {e}", what()))
    }
}

/// Renders a command line for messages.
pub fn describe(cmd: &Command) -> String {
    let mut text = cmd.get_program().to_string_lossy().into_owned();
    for arg in cmd.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Runs a command with inherited stdio (the user sees its progress) and
/// fails unless it exits successfully.
pub fn run(cmd: &mut Command) -> Result<()> {
    let status = cmd.status().context(|| format!("failed to start `{}`", describe(cmd)))?;
    if !status.success() {
        return Err(format!("`{}` failed with {}", describe(cmd), show_status(status)));
    }
    Ok(())
}

/// Runs a command and returns its trimmed stdout; stderr is passed through.
pub fn capture(cmd: &mut Command) -> Result<String> {
    let output = cmd
        .stderr(Stdio::inherit())
        .output()
        .context(|| format!("failed to start `{}`", describe(cmd)))?;
    if !output.status.success() {
        return Err(format!("`{}` failed with {}", describe(cmd), show_status(output.status)));
    }
    String::from_utf8(output.stdout)
        .map(|s| s.trim().to_owned())
        .context(|| format!("`{}` printed invalid UTF-8", describe(cmd)))
}

/// What a child process did, as far as the test runner compares it.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// `None` when the process was killed for exceeding its time limit.
    pub status: Option<ExitStatus>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Set when either stream exceeded [`OUTPUT_CAP`] and was cut.
    pub truncated: bool,
}

impl Outcome {
    pub fn success(&self) -> bool {
        self.status.is_some_and(|s| s.success())
    }

    pub fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }

    /// Human-readable exit status, including time-outs.
    pub fn show_status(&self, timeout: Duration) -> String {
        match self.status {
            Some(status) => show_status(status),
            None => format!("a time-out (killed after {}s)", timeout.as_secs()),
        }
    }
}

/// Runs `cmd` with stdin closed, capturing both streams, and kills it when it
/// runs longer than `timeout`, so a hang fails a test instead of stalling CI.
pub fn run_with_timeout(cmd: &mut Command, timeout: Duration) -> Result<Outcome> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context(|| format!("failed to start `{}`", describe(cmd)))?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());

    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child.try_wait().context(|| "failed to wait for child".into())? {
            break Some(status);
        }
        if start.elapsed() >= timeout {
            // Ignore errors: the child may have exited in the meantime.
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };

    let (stdout, cut_out) = stdout.finish();
    let (stderr, cut_err) = stderr.finish();
    Ok(Outcome { status, stdout, stderr, truncated: cut_out || cut_err })
}

/// A pipe being read on a background thread.
struct Drain {
    buffer: Arc<Mutex<(Vec<u8>, bool)>>,
    done: std::sync::mpsc::Receiver<()>,
}

fn drain(pipe: Option<impl Read + Send + 'static>) -> Drain {
    let buffer = Arc::new(Mutex::new((Vec::new(), false)));
    let (tx, done) = std::sync::mpsc::channel();
    if let Some(mut pipe) = pipe {
        let buffer = Arc::clone(&buffer);
        thread::spawn(move || {
            let mut chunk = [0u8; 8192];
            loop {
                let n = match pipe.read(&mut chunk) {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(_) => break,
                };
                let mut guard = buffer.lock().unwrap_or_else(|e| e.into_inner());
                let (data, cut) = &mut *guard;
                let room = OUTPUT_CAP.saturating_sub(data.len());
                data.extend_from_slice(&chunk[..n.min(room)]);
                *cut |= n > room;
            }
            let _ = tx.send(());
        });
    }
    Drain { buffer, done }
}

impl Drain {
    /// Waits briefly for end-of-file, then takes whatever was read.
    fn finish(self) -> (Vec<u8>, bool) {
        let _ = self.done.recv_timeout(PIPE_GRACE);
        let mut guard = self.buffer.lock().unwrap_or_else(|e| e.into_inner());
        std::mem::take(&mut *guard)
    }
}

/// Describes an exit status the way a person reads it ("exit code 101", "signal 11 (SIGSEGV)").
pub fn show_status(status: ExitStatus) -> String {
    if let Some(code) = status.code() {
        return format!("exit code {code}");
    }
    match status.signal() {
        Some(signal) => {
            let name = match signal {
                4 => " (SIGILL)",
                6 => " (SIGABRT)",
                7 => " (SIGBUS)",
                8 => " (SIGFPE)",
                9 => " (SIGKILL)",
                11 => " (SIGSEGV)",
                _ => "",
            };
            format!("signal {signal}{name}")
        }
        None => status.to_string(),
    }
}

/// Removes `dir` if present and creates it empty.
pub fn fresh_dir(dir: &Path) -> Result<()> {
    if dir.exists() {
        fs::remove_dir_all(dir).context(|| format!("failed to remove {}", dir.display()))?;
    }
    fs::create_dir_all(dir).context(|| format!("failed to create {}", dir.display()))
}

/// Copies the directory tree `from` to `to`, creating `to`. Symbolic links
/// are followed, so the copy holds the files they point to.
pub fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    fs::create_dir_all(to).context(|| format!("failed to create {}", to.display()))?;
    for entry in sorted_entries(from)? {
        let Some(file_name) = entry.file_name() else { continue };
        let dest = to.join(file_name);
        if entry.is_dir() {
            copy_dir(&entry, &dest)?;
        } else {
            fs::copy(&entry, &dest)
                .context(|| format!("failed to copy {} to {}", entry.display(), dest.display()))?;
        }
    }
    Ok(())
}

/// Copies `from` to `to` unless `to` already has the same size and
/// modification time, which the copy inherits. Unchanged files thus keep
/// their timestamp, which is what tells the cargo suite whether the backend
/// changed. Goes through a temporary file and a rename, so a process that has
/// the destination mapped (e.g. a running rustc) never sees a half-written file.
pub fn sync_file(from: &Path, to: &Path) -> Result<()> {
    let source = fs::metadata(from).context(|| format!("cannot read {}", from.display()))?;
    let modified = source.modified().context(|| format!("no mtime for {}", from.display()))?;
    if let Ok(existing) = fs::metadata(to)
        && existing.len() == source.len()
        && existing.modified().ok() == Some(modified)
    {
        return Ok(());
    }
    let tmp = to.with_extension("tmp");
    fs::copy(from, &tmp)
        .context(|| format!("failed to copy {} to {}", from.display(), tmp.display()))?;
    fs::File::options()
        .write(true)
        .open(&tmp)
        .and_then(|file| file.set_modified(modified))
        .context(|| format!("failed to set the mtime of {}", tmp.display()))?;
    fs::rename(&tmp, to).context(|| format!("failed to move {} into place", to.display()))
}

/// Writes an executable script (mode 0755), leaving an identical one
/// untouched so cargo's cache of rustc's version info stays valid.
pub fn write_script(path: &Path, contents: &str) -> Result<()> {
    if fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return fs::set_permissions(path, fs::Permissions::from_mode(0o755))
            .context(|| format!("failed to make {} executable", path.display()));
    }
    // Written beside it and renamed over it: a build running the old script meanwhile (a
    // cargo-clif in another shell) would otherwise fail to start it ("Text file busy").
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".new");
    let temporary = Path::new(&temporary);
    fs::write(temporary, contents)
        .context(|| format!("failed to write {}", temporary.display()))?;
    fs::set_permissions(temporary, fs::Permissions::from_mode(0o755))
        .context(|| format!("failed to make {} executable", temporary.display()))?;
    fs::rename(temporary, path).context(|| format!("failed to replace {}", path.display()))
}

/// Sorted entries of `dir`; a missing directory counts as empty.
pub fn sorted_entries(dir: &Path) -> Result<Vec<std::path::PathBuf>> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("failed to list {}: {e}", dir.display())),
    };
    let mut paths = entries
        .map(|entry| entry.map(|e| e.path()))
        .collect::<std::io::Result<Vec<_>>>()
        .context(|| format!("failed to list {}", dir.display()))?;
    paths.sort();
    Ok(paths)
}
