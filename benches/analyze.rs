//! Native benchmarks of `analyze` (scripts/bench.sh runs them and writes
//! BENCHMARKS.md): per-article time over the PolNeAR dev articles when
//! `../shared/eval` is there (else over the fixtures), throughput on a 10 MB
//! input, scaling over 1, 2, 4 and 8 MB, and inputs of odd shapes.
use std::time::Duration;

use article_analyzer::parallel::Threads;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

mod corpus {
    include!("corpus.rs");
}

fn per_article(c: &mut Criterion) {
    let articles = corpus::articles();
    let bytes: usize = articles.iter().map(String::len).sum();
    let mut group = c.benchmark_group("articles");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("all {} articles", articles.len()), |b| {
        b.iter(|| articles.iter().map(|a| article_analyzer::analyze(a).quotes.len()).sum::<usize>())
    });
    group.finish();
}

fn sizes(c: &mut Criterion) {
    let mut group = c.benchmark_group("news");
    group.sample_size(10).measurement_time(Duration::from_secs(8));
    for mb in [1usize, 2, 4, 8, 10] {
        let text = corpus::news_of(mb * 1_000_000);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(format!("{mb}MB")), &text, |b, t| {
            b.iter(|| article_analyzer::analyze(t).quotes.len())
        });
    }
    // The same 10 MB on one thread: what the stages cost without the cores
    // that `analyze` spreads a long text over.
    let text = corpus::news_of(10_000_000);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_with_input(BenchmarkId::from_parameter("10MB on one thread"), &text, |b, t| {
        b.iter(|| article_analyzer::analyze_on(t, Threads::ONE).quotes.len())
    });
    group.finish();
}

fn shapes(c: &mut Criterion) {
    let mut group = c.benchmark_group("shapes");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    for (name, text) in corpus::odd_shapes() {
        // For BENCHMARKS.md: some shapes hold many times the quotes of news.
        println!("quotes in {name}: {}", article_analyzer::analyze(&text).quotes.len());
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| article_analyzer::analyze(t).quotes.len())
        });
    }
    group.finish();
}

criterion_group!(benches, per_article, sizes, shapes);
criterion_main!(benches);
