"""Quizzes from a spec's gold: seeded stratified sampling, forms and key."""

from guidekit.quiz.forms import BuiltQuiz, build_quiz, write_quiz
from guidekit.quiz.sample import QuizError, Selection, Stratum, sample_questions

__all__ = [
    "BuiltQuiz",
    "QuizError",
    "Selection",
    "Stratum",
    "build_quiz",
    "sample_questions",
    "write_quiz",
]
