## Words every part of Candor shares: first use, the menu, navigation, notices,
## help, privacy and erasure. Plain, warm, second person.

welcome-disclosure =
    Hola, soy Candor.

    Soy una herramienta automática de autoayuda, no una persona. Puedo acompañarte en algunas conversaciones guiadas sobre microinfidelidades y límites que se han cruzado: qué pasó, qué podría significar y qué podrías hacer ahora.

    Antes, unas cosas que quiero dejarte claras:
    • Soy un programa, así que nadie lee este chat.
    • No soy terapia y no puedo sustituir a un profesional.
    • No soy un servicio de crisis. Si estás en peligro, escribe /sos en cualquier momento.
    • Guardo lo mínimo posible sobre ti. /privacy explica exactamente qué, y /delete lo borra.
welcome-age = Candor es para personas adultas. Para empezar, confirma que tienes 18 años o más.
btn-adult = Tengo 18 o más, empecemos
btn-under18 = Tengo menos de 18
welcome-thanks = Gracias. Tómate tu tiempo; puedes parar cuando quieras y seguir más tarde.
under18-info =
    Gracias por tu sinceridad. Candor está pensado para personas adultas, así que no puedo hacer estas conversaciones contigo.

    Lo que sientes importa igual. Una persona adulta de confianza, el equipo de orientación de tu colegio o una línea de ayuda para jóvenes de tu país pueden escucharte y ayudarte a pensarlo. Si en algún momento no te sientes a salvo, escribe /sos para ver números de emergencia.
btn-wrong-age = Me equivoqué de respuesta
btn-youth-lines = Líneas para gente joven

menu-intro = ¿Qué te gustaría mirar? Puedes dejar cualquier conversación y retomarla desde aquí.
menu-continue = Continuar: { $title }
btn-learn = Para entender: lecturas breves
btn-sos = Necesito ayuda ahora
btn-coach = Escribir a una persona (coach)
btn-help = Cómo funciona
btn-privacy = Privacidad
btn-back-to-where = Volver a donde estaba
btn-skip = Saltar este paso
btn-continue = Continuar
btn-safety-resources = Ver recursos de seguridad

nav-back = ← Atrás
nav-menu = Menú

flow-resume = Seguimos donde lo dejaste en “{ $title }”.

notice-moved-on = Esa pregunta ya quedó atrás. Aquí es donde estamos ahora.
notice-empty-text = Ese mensaje me llegó vacío. ¿Puedes escribirlo de nuevo?
notice-text-too-long =
    Es más de lo que puedo guardar en este paso (escribiste { $got ->
        [one] { $got } carácter
       *[other] { $got } caracteres
    } y { $max ->
        [one] cabe { $max } como máximo
       *[other] caben { $max } como máximo
    }). ¿Podrías resumir lo esencial en unas pocas frases?
notice-media = Solo puedo leer texto y botones, así que eso no me llegó. ¿Puedes ponerlo en palabras o tocar una opción de abajo?
notice-voice = No puedo escuchar audios ni videomensajes, así que eso no me llegó. ¿Puedes escribirlo? Si estás en peligro o necesitas a alguien ya, /sos te dice a quién llamar.
notice-unknown-command = No conozco el comando /{ $name }. En /help tienes los que entiendo.
notice-consent-first = Antes de empezar, lee esto y confirma tu edad, por favor.
notice-nothing-back = Desde aquí no hay ningún paso anterior al que volver.
notice-reset-done = He cerrado esa conversación ({ $title }) y borrado lo que respondiste ahí.
notice-reset-nothing = No estabas en medio de ninguna conversación, así que no había nada que dejar.

help-text =
    Cómo funciona Candor

    Elige una conversación en el menú y responde con los botones. En algunos pasos puedes escribir con tus propias palabras; eso lo guardo solo hasta que termina la conversación.

    Comandos que funcionan en cualquier momento:
    /menu: la lista de conversaciones
    /back: la pregunta anterior (se descarta lo que respondiste en ella)
    /reset: salir de la conversación en la que estás y borrar sus respuestas
    /learn: lecturas breves, de menos de un minuto
    /sos: números de emergencia y de apoyo
    /privacy: qué guardo y durante cuánto tiempo
    /delete: borrar todo lo que guardo sobre ti

    Soy una herramienta automática de autoayuda. No juzgo tu relación ni te digo qué decidir: te ayudo a pensar, y la decisión sigue siendo tuya.

privacy-text =
    Qué guarda Candor sobre ti

    • Tu idioma y cuándo confirmaste que eres mayor de edad.
    • En qué punto de una conversación estás y las respuestas que todavía necesita. Lo que hayas escrito se guarda solo hasta que termina esa conversación.
    • Tu configuración, el horario de tu repaso diario y tus repasos, como unos pocos números por día.
    • La última vez que usaste Candor. Tras { $days ->
        [one] un día
       *[other] { $days } días
    } sin actividad, todo lo tuyo se borra automáticamente.

    Sin transcripciones: tus mensajes no se guardan una vez procesados y nunca van a los registros.

    /export te envía en un archivo todo lo que se guarda sobre ti. /hide quita de este chat mis mensajes recientes. /delete lo borra todo de una vez, para siempre.

delete-confirm =
    Esto borra todo lo que Candor guarda sobre ti: tus respuestas, tu configuración, tus repasos y los recordatorios. No se puede deshacer.

    Los mensajes que ya están en este chat se quedan en tu teléfono. Puedo quitar mis mensajes de las últimas 48 horas como parte del borrado, o puedes borrar el chat en Telegram después.
btn-delete-yes = Sí, borrar todo
btn-delete-and-clear = Borrar todo y limpiar este chat
btn-delete-no = No, déjalo como está
delete-done =
    Listo. Todo lo que Candor guardaba sobre ti se ha borrado de su base de datos.

    Los mensajes de este chat siguen en tu dispositivo: si borras el chat en Telegram, desaparecen. Si vuelves a escribir, empezarás desde cero.
delete-done-cleared = Listo. Todo lo tuyo se ha borrado, y he quitado de este chat mis mensajes recientes.
delete-cancelled = No se ha borrado nada.

professional-help-text =
    Buscar ayuda profesional

    La terapia de pareja puede ayudar a dos personas a ver si un comportamiento es señal de algo que falta en la relación o si es el problema en sí. Desde dentro, eso suele ser difícil de distinguir.

    Si tu pareja no quiere ir, ir por tu cuenta vale igual: te ayuda a tener claro qué necesitas y con qué puedes vivir.

    Para encontrar a alguien, busca una persona con formación acreditada en terapia de pareja, cerca de ti o en línea, o pide a tu médico que te derive. Muchos lugares de trabajo también ofrecen sesiones de apoyo psicológico gratuitas y confidenciales.

## Button labels for what comes next, shared by the flows
next-raise = Preparar cómo plantearlo
next-repair = Trabajarlo en pareja
next-agreement = Hablar de nuestros acuerdos
next-spectrum = Ver dónde se sitúa un comportamiento
next-dealbreaker = ¿Esto tiene arreglo?
next-professional = Buscar ayuda profesional
next-leaving = Si estoy pensando en irme

## Command descriptions (Telegram's command menu and /help)
cmd-start = Empezar o ver el menú
cmd-menu = La lista de conversaciones
cmd-back = Volver a la pregunta anterior
cmd-reset = Salir de la conversación actual
cmd-learn = Lecturas breves
cmd-sos = Números de emergencia y de apoyo
cmd-help = Cómo funciona Candor
cmd-privacy = Qué guarda Candor sobre ti
cmd-delete = Borrar todo lo que hay sobre ti
cmd-settings = Ajustes de discreción
cmd-language = Cambiar el idioma
cmd-export = Recibir una copia de lo que guarda Candor
cmd-hide = Quitar mis mensajes recientes de este chat

## The gentle safety question several flows ask
safety-question = Una pregunta más, y es importante. ¿Algo de todo esto te ha hecho sentir miedo de tu pareja? Por ejemplo: amenazas, empujones, que te revise el teléfono, que no te deje ver a tus amistades o a tu familia, o que controle tu dinero.
safety-answer-no = No, nada de eso
safety-answer-yes = Sí, algo de eso está pasando
safety-answer-skip = Prefiero no decirlo
safety-answer-thanks =
    Gracias por contármelo. Eso importa más que cualquier otra cosa aquí.

    El miedo, las amenazas y el control no son un problema de comunicación, y nada en este chat debería empujarte a una conversación o a una decisión que te ponga en más riesgo. Antes de todo eso, ayuda pensar en tu seguridad con alguien que tenga formación para ello.
safety-question-early = Antes de empezar, una pregunta que importa más que todas las demás. ¿Algo de todo esto te ha hecho sentir miedo de tu pareja? Por ejemplo: amenazas, empujones, que te revise el teléfono, que no te deje ver a tus amistades o a tu familia, o que controle tu dinero.
safety-lead = Me contaste que hay miedo o control en esto, así que lo primero es tu seguridad. Antes de cualquier conversación con tu pareja, tienes los recursos de seguridad a un toque, y una línea de apoyo puede ayudarte a ver qué es seguro para ti.

## The console chat (a terminal instead of Telegram)
console-banner = Chat de consola de Candor. Escribe el número de una opción para elegirla, o escribe un mensaje. Los comandos funcionan igual que en Telegram (/help los muestra). Usa Ctrl-D para salir.
console-bye = Hasta pronto. Tu progreso queda guardado; abre Candor de nuevo para seguir donde lo dejaste.

## Telegram: a group chat, and errors on Candor's side
group-private-only = Hola. Candor es una herramienta privada de autoayuda y solo funciona en un chat individual, así que voy a salir de este grupo. Para usarla, abre un chat privado conmigo.
error-generic = Algo falló por mi parte y no pude procesar tu último mensaje. No es nada que hayas hecho tú. Vuelve a intentarlo o escribe /menu.

## A way to a human coach (/coach), when one is configured
cmd-coach = Escribir a una persona (coach)
coach-none = Ahora mismo no hay coaching disponible aquí. En /sos tienes personas con las que puedes hablar enseguida.
coach-intro =
    Aquí puedes escribir a una persona. Quién te leerá:
    { $about }
coach-consent = Candor solo enviará el mensaje que escribas a continuación, nada más de nuestras conversaciones. ¿Quieres incluir tu nombre de usuario de Telegram, para que puedan responderte directamente?
coach-share-username = Sí, incluir mi nombre de usuario
coach-anonymous = No, enviarlo sin mi usuario
coach-write =
    Escribe ahora lo que quieres enviar, en un solo mensaje (hasta { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }).
coach-cancel = No enviar nada
coach-forward =
    Mensaje recibido a través de Candor, de { $from }:

    { $message }
coach-from-username = { $username }
coach-from-anonymous = alguien que prefirió no compartir su nombre de usuario
coach-sent = Enviado. Quien lo reciba podrá responderte directamente por Telegram. Candor no guarda ninguna copia de tu mensaje.
coach-sent-anonymous = Enviado sin tu nombre de usuario, así que quien lo reciba no podrá responderte. Candor no guarda ninguna copia de tu mensaje.

## Privacy and discretion: /export, /hide, /settings, /language
export-caption = Aquí tienes, en un archivo, todo lo que Candor guarda sobre ti. Dentro se explica cada campo.
export-sent = Te he enviado un archivo con todo lo que Candor guarda sobre ti.
export-about = Todo lo que Candor guarda sobre ti en el momento de esta exportación, tal como está almacenado, con lo que significa cada campo. No se guarda nada más.
export-field-people-user_id = Tu ID de usuario de Telegram: a quién pertenece todo lo demás.
export-field-people-locale = El idioma en el que hablo contigo.
export-field-people-consented_at = Cuándo confirmaste, tras el aviso inicial, que eres mayor de edad (segundos desde 1970, UTC).
export-field-people-state = Dónde estás: la conversación y el paso, las respuestas que aún necesita una conversación sin terminar, los pasos anteriores para /back, y si me dijiste que el miedo o el control forman parte de esto.
export-field-people-prefs = Tu configuración, con qué frase terminó tu último repaso (para que el siguiente sea distinto) y, si decidiste guardarlo, tu plan de seguridad.
export-field-people-created_at = Cuándo escribiste a Candor por primera vez.
export-field-people-active_at = La última vez que escribiste a Candor; tras un largo silencio, todo se borra.
export-field-people-inactive = Si bloqueaste a Candor.
export-field-reminders-user_id = Tu ID de usuario de Telegram.
export-field-reminders-tz = Tu zona horaria.
export-field-reminders-local_time = La hora de tu repaso diario, en minutos desde la medianoche.
export-field-reminders-quiet_start = Cuándo empiezan tus horas de silencio (en minutos desde la medianoche), si las configuraste.
export-field-reminders-quiet_end = Cuándo terminan tus horas de silencio.
export-field-reminders-role = El papel que elegiste, que decide qué te pregunta el repaso.
export-field-reminders-plan_days = Cuántos días dura tu plan de repasos (vacío: sin fecha de fin).
export-field-reminders-started_on = El día en que empezó tu plan.
export-field-reminders-next_due = Cuándo llega el próximo repaso (segundos desde 1970, UTC).
export-field-reminders-snoozed = Si el próximo repaso es uno que pospusiste.
export-field-reminders-paused_until = Hasta cuándo están en pausa los repasos, si lo están.
export-field-reminder_sent-user_id = Tu ID de usuario de Telegram.
export-field-reminder_sent-day = Los días en que se te ofreció un repaso (se guardan una semana, para no ofrecer ninguno dos veces).
export-field-checkins-user_id = Tu ID de usuario de Telegram.
export-field-checkins-day = El día de un repaso.
export-field-checkins-feel = Cómo fue el día, de 1 (muy difícil) a 5 (bueno).
export-field-checkins-met = Tu respuesta a la segunda pregunta del día, de 1 (no mucho) a 3 (sí).
export-field-checkins-need = Qué te ayudaría al día siguiente (0 palabras que te tranquilicen, 1 un poco de espacio, 2 tiempo para hablar, 3 tiempo en pareja, 4 nada en especial).
export-field-sent_messages-chat_id = El ID de este chat.
export-field-sent_messages-message_id = Los ID de mis mensajes recientes en este chat, para poder quitar los botones antiguos y para que /hide funcione (se guardan 48 horas).
export-field-sent_messages-sent_at = Cuándo se envió cada uno de esos mensajes.
export-field-sent_messages-keyboard = Si ese mensaje todavía tiene botones.
export-field-inbox-update_id = Un mensaje tuyo que llegó y se está procesando ahora mismo (solo se guarda hasta que se procesa).
export-field-inbox-user_id = Tu ID de usuario de Telegram.
export-field-inbox-payload = Ese mensaje, tal como lo entregó Telegram.
export-field-inbox-received_at = Cuándo llegó.
export-field-outbox-id = Una respuesta que está en camino (solo se guarda hasta que se envía).
export-field-outbox-chat_id = El ID de este chat.
export-field-outbox-locale = El idioma de esa respuesta.
export-field-outbox-payload = Esa respuesta, como identificadores de mensaje y valores.
export-field-outbox-created_at = Cuándo se decidió.
export-field-outbox-not_before = A partir de cuándo se puede enviar.
export-field-outbox-attempts = Cuántas veces ha fallado su envío.
export-field-pair_invites-token_hash = Una huella de tu enlace de invitación (el enlace en sí no se guarda).
export-field-pair_invites-inviter = Tu ID de usuario de Telegram.
export-field-pair_invites-shown_name = El nombre que ve tu pareja al abrir el enlace.
export-field-pair_invites-answers = Tus respuestas sobre los temas de los acuerdos, a la espera de la comparación.
export-field-pair_invites-expires_at = Cuándo deja de funcionar la invitación.
export-field-pairings-id = El número de tu comparación.
export-field-pairings-a = Tu ID de usuario de Telegram (si enviaste tú la invitación).
export-field-pairings-b = Tu ID de usuario de Telegram (si recibiste la invitación).
export-field-pairings-shown_name = El nombre que eligió mostrar quien envió la invitación.
export-field-pairings-a_answers = Tus respuestas sobre los temas de los acuerdos.
export-field-pairings-b_answers = Tus respuestas sobre los temas de los acuerdos.
export-field-pairings-status = En qué punto está la comparación.
export-field-pairings-created_at = Cuándo empezó la comparación.
export-field-revisits-user_id = Tu ID de usuario de Telegram.
export-field-revisits-due_at = Cuándo te recordaré volver a mirar tus acuerdos.
export-field-safety_followups-user_id = Tu ID de usuario de Telegram.
export-field-safety_followups-due_at = Cuándo te preguntaré cómo estás, como pediste después de contarme que lo estabas pasando mal (se borra al enviarse).
hide-done = Listo.
settings-intro = Ajustes de discreción, útiles si otra persona puede ver tu teléfono.
settings-silent-off = Recordatorios del repaso: con sonido
settings-silent-on = Recordatorios del repaso: en silencio
settings-neutral-off = Texto del recordatorio: menciona el repaso
settings-neutral-on = Texto del recordatorio: neutro (“Tienes un mensaje nuevo”)
settings-language = Idioma
settings-saved = Guardado.
language-choose = ¿En qué idioma quieres que te hable?
language-changed = Listo. A partir de ahora te hablaré en español.
language-name-en = English
language-name-es = Español
language-name-pt = Português
language-name-ru = Русский

## A line of a list (the same in every language)
list-item = • { $item }

# The reasons behind a result, shown folded where the platform can (never shown on its own).
fold = { $body }
# A list going on from the message before, with no heading of its own.
list-plain = { $reasons }
