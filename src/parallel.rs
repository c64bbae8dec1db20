//! Parallel work: how many threads an analysis uses, and the two ways it uses
//! them.
//!
//! Most stages are maps: the kinds of paragraphs, the sentences of each
//! paragraph, the frames of runs of sentences, the mentions and reported
//! clauses of each frame. A stage cuts its list into consecutive parts at
//! places where nothing carries over from one part to the next (a paragraph
//! boundary), runs each part on its own thread, and joins the parts' results
//! in order, so the result is the same whatever the number of parts.
//! ([`Threads::cut`], [`Threads::map`].) Stages that read the same input but
//! not each other's output run side by side ([`Threads::join`]).
//!
//! Threads pay only for long texts: starting one costs tens of microseconds,
//! the time to analyze a whole short article. Below [`MIN_BYTES_PER_THREAD`]
//! a text is analyzed on the caller's thread alone. In the browser (wasm)
//! there are no threads: everything runs on the caller's.

use std::ops::Range;

/// The least text worth a thread of its own: a thread costs tens of
/// microseconds to start and join, the analysis of 256 KB about 5 ms, so
/// below this size the start-up would eat the gain.
pub const MIN_BYTES_PER_THREAD: usize = 256 * 1024;

/// The most threads an analysis runs on, however many cores there are: the
/// stages that stay serial (pairing quotes, attributing direct quotes in
/// order, most of merging speakers) bound what more threads can gain.
const MAX_THREADS: usize = 8;

/// How many threads an analysis runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Threads(usize);

impl Threads {
    /// One thread: everything on the caller's.
    pub const ONE: Threads = Threads(1);

    /// As many threads as the text is worth on this machine: one per
    /// [`MIN_BYTES_PER_THREAD`] of text, up to the cores there are and
    /// [`MAX_THREADS`]. (A short text, nearly every article, asks no more.)
    pub fn for_text(bytes: usize) -> Threads {
        let worth = bytes / MIN_BYTES_PER_THREAD;
        Threads::exactly(if worth < 2 { 1 } else { worth.min(available()) })
    }

    /// At most `n` threads: as many as the text is worth, but no more.
    pub fn for_text_up_to(bytes: usize, n: usize) -> Threads {
        Threads::exactly(Threads::for_text(bytes).0.min(n))
    }

    /// `n` threads (at least one, at most [`MAX_THREADS`]), whatever the size
    /// of the text: for tests, and for callers who know better.
    pub fn exactly(n: usize) -> Threads {
        Threads(n.clamp(1, MAX_THREADS))
    }

    pub fn count(self) -> usize {
        self.0
    }

    /// Cuts `0..len` into at most as many consecutive ranges as there are
    /// threads, about equal in bytes, each (but the first) starting at an
    /// index where `may_start` holds. `byte_of(i)` is where unit `i` starts
    /// in the text, and `byte_of(len)` where the last one ends. Ranges may be
    /// fewer than threads where there are few places to cut, and are never
    /// empty but when `len` is 0 (then one empty range, so that a stage runs
    /// once).
    pub fn cut(
        self,
        len: usize,
        byte_of: impl Fn(usize) -> usize,
        may_start: impl Fn(usize) -> bool,
    ) -> Vec<Range<usize>> {
        let (first, last) = (byte_of(0), byte_of(len));
        let mut ranges = Vec::with_capacity(self.0);
        let mut start = 0;
        for part in 1..self.0 {
            // The first unit at or past this part's share of the bytes, by
            // binary search (the units' starts only grow).
            // (In 128 bits: the product may pass a 32-bit `usize`.)
            let target = first + ((last - first) as u128 * part as u128 / self.0 as u128) as usize;
            let (mut lo, mut hi) = (start + 1, len);
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if byte_of(mid) < target {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            // Then on to the next place where a part may start.
            let Some(at) = (lo..len).find(|&i| may_start(i)) else { break };
            ranges.push(start..at);
            start = at;
        }
        if start < len || ranges.is_empty() {
            ranges.push(start..len);
        }
        ranges
    }

    /// Runs `work` on each of `parts`, each part on a thread of its own (the
    /// last on the caller's), and gives the results in the parts' order.
    pub fn map<R: Send>(self, parts: Vec<Range<usize>>, work: impl Fn(Range<usize>) -> R + Sync) -> Vec<R> {
        // (In wasm there are no threads: the parts run one after another.)
        #[cfg(not(target_arch = "wasm32"))]
        if self.0 > 1 && parts.len() > 1 {
            return map_on_threads(parts, work);
        }
        parts.into_iter().map(work).collect()
    }

    /// Runs `a` and `b` side by side (`b` on the caller's thread) when there
    /// is more than one thread; one after the other otherwise.
    pub fn join<A: Send, B>(self, a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B) -> (A, B) {
        #[cfg(not(target_arch = "wasm32"))]
        if self.0 > 1 {
            return join_on_threads(a, b);
        }
        (a(), b())
    }
}

/// Joins the parts' lists into one, in order.
pub fn concat<T>(parts: Vec<Vec<T>>) -> Vec<T> {
    if parts.len() == 1 {
        return parts.into_iter().next().unwrap_or_default();
    }
    // Reserved whole, so that no part is copied twice.
    let mut whole = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    for part in parts {
        whole.extend(part);
    }
    whole
}

/// The cores this process may use, asked once (the answer reads the
/// scheduler's affinity and cgroup files).
#[cfg(not(target_arch = "wasm32"))]
fn available() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

#[cfg(target_arch = "wasm32")]
fn available() -> usize {
    1
}

#[cfg(not(target_arch = "wasm32"))]
fn map_on_threads<R: Send>(mut parts: Vec<Range<usize>>, work: impl Fn(Range<usize>) -> R + Sync) -> Vec<R> {
    let work = &work;
    let last = parts.pop().expect("two parts at least");
    std::thread::scope(|scope| {
        let others: Vec<_> = parts.into_iter().map(|part| Started::on(scope, move || work(part))).collect();
        let last = work(last);
        let mut results: Vec<R> = others.into_iter().map(Started::finish).collect();
        results.push(last);
        results
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn join_on_threads<A: Send, B>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B) -> (A, B) {
    std::thread::scope(|scope| {
        let a = Started::on(scope, a);
        let b = b();
        (a.finish(), b)
    })
}

/// Work started on a thread of its own, or done already on the caller's
/// when the system would start no thread (a limit on processes, a sandbox):
/// the analysis is then slower, never lost.
#[cfg(not(target_arch = "wasm32"))]
enum Started<'scope, R> {
    Thread(std::thread::ScopedJoinHandle<'scope, Option<R>>),
    Done(R),
}

#[cfg(not(target_arch = "wasm32"))]
impl<'scope, R: Send + 'scope> Started<'scope, R> {
    fn on<'env, W: FnOnce() -> R + Send + 'scope>(scope: &'scope std::thread::Scope<'scope, 'env>, work: W) -> Self {
        use std::sync::{Arc, Mutex, PoisonError};
        // The work goes over to the thread in a cell, so that the caller
        // can take it back when the thread does not start.
        let cell = Arc::new(Mutex::new(Some(work)));
        let handed = Arc::clone(&cell);
        let thread = std::thread::Builder::new().spawn_scoped(scope, move || {
            let work = handed.lock().unwrap_or_else(PoisonError::into_inner).take();
            work.map(|work| work())
        });
        match thread {
            Ok(handle) => Started::Thread(handle),
            Err(_) => {
                let work = cell.lock().unwrap_or_else(PoisonError::into_inner).take();
                Started::Done(work.expect("a thread that did not start took no work")())
            }
        }
    }

    fn finish(self) -> R {
        match self {
            // A panic in the work is the analysis's own: passed on as it is.
            Started::Thread(handle) => handle
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e))
                .expect("a thread that started took its work"),
            Started::Done(result) => result,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_gets_a_thread_for_each_share_it_is_worth_up_to_the_cores() {
        assert_eq!(Threads::for_text(0), Threads::ONE);
        assert_eq!(Threads::for_text(2 * MIN_BYTES_PER_THREAD - 1), Threads::ONE);
        let cores = available().min(MAX_THREADS);
        assert_eq!(Threads::for_text(2 * MIN_BYTES_PER_THREAD).count(), cores.min(2));
        assert_eq!(Threads::for_text(100 * MIN_BYTES_PER_THREAD).count(), cores);
        assert_eq!(Threads::for_text_up_to(100 * MIN_BYTES_PER_THREAD, 1), Threads::ONE);
        assert_eq!(Threads::for_text_up_to(10_000, 4), Threads::ONE);
        assert_eq!(Threads::exactly(0), Threads::ONE);
        assert_eq!(Threads::exactly(1000).count(), MAX_THREADS);
    }

    #[test]
    fn cuts_are_consecutive_about_equal_and_only_where_allowed() {
        // Units of 10 bytes each; a part may start only at an even unit.
        let parts = Threads::exactly(3).cut(100, |i| i * 10, |i| i % 2 == 0);
        assert_eq!(parts, [0..34, 34..68, 68..100]);
        // Nowhere to cut: one part.
        assert_eq!(Threads::exactly(4).cut(5, |i| i, |_| false), vec![(0..5)]);
        // Fewer units than threads: no empty part.
        let parts = Threads::exactly(8).cut(3, |i| i, |_| true);
        assert!(parts.iter().all(|p| !p.is_empty()));
        assert_eq!(parts.first().unwrap().start, 0);
        assert_eq!(parts.last().unwrap().end, 3);
        // Nothing at all: one empty part, so that a stage runs once.
        assert_eq!(Threads::exactly(2).cut(0, |_| 0, |_| true), vec![(0..0)]);
    }

    #[test]
    fn map_and_join_keep_the_order() {
        let parts = Threads::exactly(4).cut(1000, |i| i, |_| true);
        assert_eq!(parts.len(), 4);
        let sums = Threads::exactly(4).map(parts, |r| r.map(|i| i as u64).collect::<Vec<_>>());
        assert_eq!(concat(sums), (0..1000).collect::<Vec<u64>>());
        assert_eq!(Threads::exactly(2).join(|| 1, || 2), (1, 2));
    }
}
