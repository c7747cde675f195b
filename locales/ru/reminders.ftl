## Настройка и изменение ежедневной отметки, кнопки самого напоминания, конец плана
## и /progress. Напоминания (checkin-notify-*, reminder-plan-end-notify, notify-neutral)
## могут показываться на заблокированном экране: в них никогда нет темы или партнёра.

cmd-reminders = Ежедневная отметка
cmd-progress = Как прошли ваши отметки

reminders-intro = Давайте настроим ежедневную отметку. Это займёт меньше минуты: время, часовой пояс, тихие часы и то, как долго она будет приходить.
reminders-q-role = Что из этого вам ближе всего?
reminders-q-time = В какое время вам удобно получать отметку каждый день? Выберите время или напишите его (например, 19:30).
reminders-time = { $time }
reminders-time-invalid = Не получилось распознать это как время. Попробуйте написать, например, 19:30 или 07:00.
reminders-q-zone = В каком вы часовом поясе? Выберите или напишите свой город или название пояса (например, Москва или Europe/Moscow).
reminders-zone = { $zone }
reminders-zone-unknown = Не получилось найти часовой пояс по этому названию. Попробуйте ближайший большой город или название пояса, например Asia/Yekaterinburg.
reminders-q-zone-confirm = По поясу { $zone } сейчас { $time }. Это ваше время?
reminders-zone-yes = Да, всё верно
reminders-zone-no = Нет, выбрать заново
reminders-q-quiet = Есть ли часы, когда вы не хотите получать от меня сообщения, даже если напоминание задержалось?
reminders-quiet = Без сообщений { $start }–{ $end }
reminders-quiet-none = Без тихих часов
reminders-q-plan = Как долго должны приходить отметки? Это можно изменить в любой момент.
reminders-plan-weeks = { $weeks ->
        [one] { $weeks } неделя
        [few] { $weeks } недели
        [many] { $weeks } недель
       *[other] { $weeks } недели
    }
reminders-plan-open = Без даты окончания
reminders-done = Ежедневная отметка настроена. Изменить её можно в любой момент через /reminders.
reminders-summary =
    Каждый день в { $time } ({ $zone }).
    { $plan }
    { $quiet }
reminders-plan-weeks-desc = Отметки будут приходить { $weeks ->
        [one] { $weeks } неделю
        [few] { $weeks } недели
        [many] { $weeks } недель
       *[other] { $weeks } недели
    }.
reminders-plan-open-desc = Отметки будут приходить, пока вы их не остановите.
reminders-quiet-desc = Тихие часы: { $start }–{ $end }.
reminders-quiet-none-desc = Без тихих часов.
reminders-quiet-cleared = Это время попадало в ваши тихие часы, поэтому тихие часы отключены. Здесь их можно задать снова.
reminders-overview = Ваша ежедневная отметка:
reminders-updated = Готово. Вот текущие настройки:
reminders-change-time = Изменить время
reminders-change-zone = Изменить часовой пояс
reminders-change-quiet = Тихие часы
reminders-change-plan = Как долго приходят
reminders-pause = Пауза на { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }
reminders-stop = Остановить отметки

reminder-btn-start = Открыть
reminder-btn-snooze1 = Через час
reminder-btn-snooze3 = Через три часа
reminder-btn-skip = Не сегодня
reminder-btn-pause = Пауза на несколько дней
reminder-btn-stop = Больше не присылать
reminder-btn-open = Открыть
reminder-snoozed = Хорошо, напомню в { $time }.
reminder-snooze-quiet = Это попадёт в ваши тихие часы, так что сегодняшнюю пропустим. До завтра.
reminder-skipped = Без проблем. До завтра.
reminder-paused = Пауза включена. Следующая отметка придёт { $date } в { $time }.
reminder-stopped = Ежедневные отметки остановлены. Если захотите, /reminders настроит их снова.
reminder-gone = Это напоминание больше не действует. Настройки отметки — в /reminders.
reminder-plan-end-notify = У Candor есть для вас сообщение — загляните, когда будет минутка.
notify-neutral = У вас новое сообщение.

checkin-passed = День этой отметки уже прошёл. Следующая придёт в обычное время.
checkin-already = За этот день отметка уже есть. Спасибо.

plan-end-reflection =
    Ваш план отметок подошёл к концу. { $count ->
        [0] В этот раз отметок не было, и это нормально: дни всё равно были прожиты.
        [1] За это время вы отметились один раз.
        [one] За это время вы отметились { $count } раз.
        [few] За это время вы отметились { $count } раза.
        [many] За это время вы отметились { $count } раз.
       *[other] За это время вы отметились { $count } раза.
    }

    Доверие возвращается медленно, больше через обычные дни, чем через большие моменты. Что бы ни принесли эти недели, честно смотреть на них было частью работы.

    Хотите продолжить?
plan-end-again = Ещё один план той же длины
plan-end-open = Продолжать без даты окончания
plan-end-change = Сначала изменить время
plan-end-stop = Остановиться здесь

progress-empty = Пока показывать нечего. Когда наберётся несколько отметок, /progress покажет, как прошли недели.
progress-caption = Последние четыре недели. Линия показывает, каким ощущался каждый день (чем выше, тем ровнее), а столбики — ваш ответ на второй вопрос дня. Пропуски — это дни без отметки, и это нормально.
progress-summary =
    Ваши последние четыре недели:
    { $weeks }
progress-week-label = { $start } — { $end }
progress-week = • { $week }: { $count ->
        [1] одна отметка
        [one] { $count } отметка
        [few] { $count } отметки
        [many] { $count } отметок
       *[other] { $count } отметки
    }, { $mood }
progress-week-none = • { $week }: отметок нет
progress-mood-hard = в основном тяжёлые дни
progress-mood-mixed = дни были разные
progress-mood-steady = в основном более ровные дни
