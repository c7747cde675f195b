## Setting up and changing the daily check-in, the reminder's own buttons, the end of a
## plan, and /progress. Reminder notifications (checkin-notify-*, reminder-plan-end-notify,
## notify-neutral) can show on a lock screen: they never name the topic or the partner.

cmd-reminders = Your daily check-in
cmd-progress = How your check-ins have gone

reminders-intro = Let's set up your daily check-in. It takes less than a minute: a time, your time zone, quiet hours, and how long you'd like it to run.
reminders-q-role = Which of these fits you best?
reminders-q-time = When would you like your check-in each day? Pick a time, or type one (for example 19:30).
reminders-time = { $time }
reminders-time-invalid = I couldn't read that as a time. Try something like 19:30, or 7pm.
reminders-q-zone = Which time zone are you in? Pick one, or type your city or a zone name (for example Lisbon, or Europe/Lisbon).
reminders-zone = { $zone }
reminders-zone-unknown = I couldn't find a time zone for that. Try the nearest big city, or a zone name like America/Chicago.
reminders-q-zone-confirm = In { $zone } it's { $time } right now. Is that your time?
reminders-zone-yes = Yes, that's right
reminders-zone-no = No, let me pick again
reminders-q-quiet = Are there hours when you'd rather not hear from me, even if a reminder was delayed?
reminders-quiet = No messages { $start }–{ $end }
reminders-quiet-none = No quiet hours
reminders-q-plan = How long would you like the check-ins to run? You can change this at any time.
reminders-plan-weeks = { $weeks } weeks
reminders-plan-open = No end date
reminders-done = Your daily check-in is set up. You can change it any time with /reminders.
reminders-summary =
    Every day at { $time } ({ $zone }).
    { $plan }
    { $quiet }
reminders-plan-weeks-desc = It runs for { $weeks } weeks.
reminders-plan-open-desc = It runs until you stop it.
reminders-quiet-desc = Quiet hours: { $start }–{ $end }.
reminders-quiet-none-desc = No quiet hours.
reminders-quiet-cleared = That time fell inside your quiet hours, so I've turned the quiet hours off. You can set them again here.
reminders-overview = Your daily check-in:
reminders-updated = Done. Here's how it's set now:
reminders-change-time = Change the time
reminders-change-zone = Change the time zone
reminders-change-quiet = Quiet hours
reminders-change-plan = How long it runs
reminders-pause = Pause for { $days } days
reminders-stop = Stop the check-ins

reminder-btn-start = Open it
reminder-btn-snooze1 = In an hour
reminder-btn-snooze3 = In three hours
reminder-btn-skip = Not today
reminder-btn-pause = Pause for a few days
reminder-btn-stop = Stop these
reminder-btn-open = Open it
reminder-snoozed = All right, I'll come back at { $time }.
reminder-snooze-quiet = That would land in your quiet hours, so let's leave today's. See you tomorrow.
reminder-skipped = No problem. See you tomorrow.
reminder-paused = Paused. The next one comes on { $date } at { $time }.
reminder-stopped = The daily check-ins are stopped. /reminders sets them up again whenever you like.
reminder-gone = This reminder isn't active any more. /reminders shows your check-in settings.
reminder-plan-end-notify = A note from Candor is ready, whenever you have a minute.
notify-neutral = You have a new message.

checkin-passed = That check-in's day has passed. The next one will come at its usual time.
checkin-already = You've already checked in for that day. Thank you.

plan-end-reflection =
    Your check-in plan has come to its end. { $count ->
        [0] There weren't any check-ins this time, and that's all right: the days still counted.
        [one] You checked in once along the way.
       *[other] You checked in { $count } times along the way.
    }

    Trust comes back slowly, through ordinary days more than big moments. Whatever these weeks held, looking at them honestly was part of the work.

    Would you like to keep going?
plan-end-again = Another plan of the same length
plan-end-open = Keep going with no end date
plan-end-change = Change the time first
plan-end-stop = Stop here

progress-empty = There are no check-ins to show yet. Once you've done a few, /progress shows how the weeks have gone.
progress-caption = The last four weeks. The line shows how each day felt (higher is steadier); the bars show your answer to the day's second question. Gaps are days without a check-in, and that's fine.
progress-summary =
    Your last four weeks:
    { $weeks }
progress-week-label = { $start } to { $end }
progress-week = • { $week }: { $count ->
        [one] one check-in
       *[other] { $count } check-ins
    }, { $mood }
progress-week-none = • { $week }: no check-ins
progress-mood-hard = mostly hard days
progress-mood-mixed = a mix of days
progress-mood-steady = mostly steadier days
