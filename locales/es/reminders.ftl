## Setting up and changing the daily check-in, the reminder's own buttons, the end of a
## plan, and /progress. Reminder notifications (checkin-notify-*, reminder-plan-end-notify,
## notify-neutral) can show on a lock screen: they never name the topic or the partner.

cmd-reminders = Tu repaso diario
cmd-progress = Cómo han ido tus repasos

reminders-intro = Vamos a configurar tu repaso diario. Lleva menos de un minuto: una hora, tu zona horaria, tus horas de silencio y cuánto tiempo quieres que dure.
reminders-q-role = ¿Cuál de estas opciones encaja mejor contigo?
reminders-q-time = ¿A qué hora te gustaría recibir el repaso cada día? Elige una hora o escríbela (por ejemplo, 19:30).
reminders-time = { $time }
reminders-time-invalid = No he podido entender eso como una hora. Prueba con algo como 19:30 o 7pm.
reminders-q-zone = ¿En qué zona horaria estás? Elige una, o escribe tu ciudad o el nombre de una zona (por ejemplo, Bogotá o America/Bogota).
reminders-zone = { $zone }
reminders-zone-unknown = No encontré ninguna zona horaria con ese nombre. Prueba con la ciudad grande más cercana, o con un nombre de zona como America/Mexico_City.
reminders-q-zone-confirm = Ahora mismo, la hora en { $zone } es { $time }. ¿Es la tuya?
reminders-zone-yes = Sí, es correcta
reminders-zone-no = No, quiero elegir otra
reminders-q-quiet = ¿Hay horas en las que prefieres que no te escriba, aunque algún recordatorio se haya retrasado?
reminders-quiet = Sin mensajes de { $start } a { $end }
reminders-quiet-none = Sin horas de silencio
reminders-q-plan = ¿Durante cuánto tiempo quieres recibir los repasos? Puedes cambiarlo cuando quieras.
reminders-plan-weeks =
    { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }
reminders-plan-open = Sin fecha de fin
reminders-done = Tu repaso diario está configurado. Puedes cambiarlo cuando quieras con /reminders.
reminders-summary =
    Cada día: { $time } ({ $zone }).
    { $plan }
    { $quiet }
reminders-plan-weeks-desc =
    { $weeks ->
        [one] Dura { $weeks } semana.
       *[other] Dura { $weeks } semanas.
    }
reminders-plan-open-desc = Dura hasta que lo detengas.
reminders-quiet-desc = Horas de silencio: de { $start } a { $end }.
reminders-quiet-none-desc = Sin horas de silencio.
reminders-quiet-cleared = Esa hora caía dentro de tus horas de silencio, así que las he desactivado. Puedes volver a configurarlas aquí.
reminders-overview = Tu repaso diario:
reminders-updated = Listo. Así queda ahora:
reminders-change-time = Cambiar la hora
reminders-change-zone = Cambiar la zona horaria
reminders-change-quiet = Horas de silencio
reminders-change-plan = Cuánto tiempo dura
reminders-pause =
    { $days ->
        [one] Pausar { $days } día
       *[other] Pausar { $days } días
    }
reminders-stop = Detener los repasos

reminder-btn-start = Abrir
reminder-btn-snooze1 = Dentro de una hora
reminder-btn-snooze3 = Dentro de tres horas
reminder-btn-skip = Hoy no
reminder-btn-pause = Pausar unos días
reminder-btn-stop = Detenerlos
reminder-btn-open = Abrir
reminder-snoozed = De acuerdo, te vuelvo a escribir a las { $time }.
reminder-snooze-quiet = Eso caería en tus horas de silencio, así que dejemos el de hoy. Hasta mañana.
reminder-skipped = No pasa nada. Hasta mañana.
reminder-paused = En pausa. El próximo repaso llegará el { $date } a las { $time }.
reminder-stopped = Los repasos diarios están detenidos. Con /reminders puedes volver a configurarlos cuando quieras.
reminder-gone = Este recordatorio ya no está activo. /reminders te muestra la configuración de tu repaso.
reminder-plan-end-notify = Tienes una nota de Candor, cuando tengas un minuto.
notify-neutral = Tienes un mensaje nuevo.

checkin-passed = El día de ese repaso ya pasó. El próximo llegará a su hora habitual.
checkin-already = Ya hiciste el repaso de ese día. Gracias.

plan-end-reflection =
    Tu plan de repasos ha llegado a su fin. { $count ->
        [0] Esta vez no hubo ningún repaso, y no pasa nada: los días contaron igual.
        [one] En este tiempo hiciste un repaso.
       *[other] En este tiempo hiciste { $count } repasos.
    }

    La confianza vuelve despacio, más a través de los días normales que de los grandes momentos. Trajeran lo que trajeran estas semanas, mirarlas con honestidad fue parte del trabajo.

    ¿Quieres seguir?
plan-end-again = Otro plan de la misma duración
plan-end-open = Seguir sin fecha de fin
plan-end-change = Primero cambiar la hora
plan-end-stop = Parar aquí

progress-empty = Todavía no hay repasos que mostrar. Cuando hayas hecho algunos, /progress te mostrará cómo han ido las semanas.
progress-caption = Las últimas cuatro semanas. La línea muestra cómo fue cada día (más alto es más estable); las barras, tu respuesta a la segunda pregunta del día. Los huecos son días sin repaso, y no pasa nada.
progress-summary =
    Tus últimas cuatro semanas:
    { $weeks }
progress-week-label = Del { $start } al { $end }
progress-week = • { $week }: { $count ->
        [one] un repaso
       *[other] { $count } repasos
    }, { $mood }
progress-week-none = • { $week }: sin repasos
progress-mood-hard = sobre todo días difíciles
progress-mood-mixed = días variados
progress-mood-steady = sobre todo días más estables
