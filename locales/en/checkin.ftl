## The daily check-in (set up at the end of the repair flow).

## Reminder notifications. These can show on a lock screen where someone else may see
## them: never name the topic, the partner, repair, cheating or feelings.
checkin-notify-morning = Your morning check-in is ready, whenever you have a minute.
checkin-notify-afternoon = Your afternoon check-in is ready, whenever you have a minute.
checkin-notify-evening = Your evening check-in is ready, whenever you have a minute.

## The opening line of today's check-in, by role
checkin-intro-did = Here's today's check-in: three quick taps about your day and how open you were able to be. There are no wrong answers.
checkin-intro-affected = Here's today's check-in: three quick taps about your day and what you needed. There are no wrong answers.
checkin-intro-together = Here's today's check-in: three quick taps about your day and how close you felt. There are no wrong answers.

## How today felt, from very hard to good
checkin-q-day = How did today feel?
checkin-day-1 = Very hard
checkin-day-2 = Heavy
checkin-day-3 = Up and down
checkin-day-4 = Fairly steady
checkin-day-5 = Good

## The role's own question; the three answers are shared
checkin-q-open-did = Today, were you open with your partner, offering information before being asked?
checkin-q-met-affected = Today, did you feel heard and reassured?
checkin-q-close-together = Today, did you feel connected to each other?
checkin-scale-1 = Not really
checkin-scale-2 = Somewhat
checkin-scale-3 = Yes

## What would help tomorrow
checkin-q-tomorrow = What would help tomorrow?
checkin-need-reassurance = Some reassurance
checkin-need-space = A little space
checkin-need-talk = Time to talk
checkin-need-time-together = Time together
checkin-need-nothing = Nothing in particular

## Closing lines, by how the day went. Never a score, a streak or a grade.
checkin-thanks-hard = Thank you for checking in on a hard day. A day like this tells you something; it isn't a failure. Go gently with yourself.
checkin-thanks-mixed = Thank you. Mixed days are a normal part of this. Whatever tomorrow brings, you can take it a step at a time.
checkin-thanks-good = Thank you. It's good to hear today felt steadier. Let yourself notice that.
checkin-missed-ok = Welcome back. There's no need to make up for the days in between: today's check-in is all there is.
