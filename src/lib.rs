//! hecha (核查): fact-check the numbers in Chinese-language news.
pub mod date;
pub mod extract;
