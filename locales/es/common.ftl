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

menu-intro = ¿Qué te gustaría ver? Elige una opción. Puedes dejar cualquier conversación a medias y retomarla desde aquí.
menu-continue = Continuar: { $title }
btn-sos = Necesito ayuda ahora
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
notice-use-buttons = Gracias, lo leí. En este paso necesito que toques una de las opciones de abajo para poder seguirte bien.
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
notice-unknown-command = No conozco el comando /{ $name }. En /help tienes los que entiendo.
notice-consent-first = Antes de empezar, lee esto y confirma tu edad, por favor.
notice-nothing-back = Desde aquí no hay ningún paso anterior al que volver.
notice-reset-done = Has salido de “{ $title }”. Lo que respondiste ahí se ha borrado.
notice-reset-nothing = No estabas en medio de ninguna conversación, así que no había nada que dejar.

help-text =
    Cómo funciona Candor

    Elige una conversación en el menú y responde con los botones. En algunos pasos puedes escribir con tus propias palabras; eso lo guardo solo hasta que termina la conversación.

    Comandos que funcionan en cualquier momento:
    /menu: la lista de conversaciones
    /back: la pregunta anterior (se descarta lo que respondiste en ella)
    /reset: salir de la conversación en la que estás y borrar sus respuestas
    /sos: números de emergencia y de apoyo
    /privacy: qué guardo y durante cuánto tiempo
    /delete: borrar todo lo que guardo sobre ti

    Soy una herramienta automática de autoayuda. No juzgo tu relación ni te digo qué decidir: te ayudo a pensar, y la decisión sigue siendo tuya.

privacy-text =
    Qué guarda Candor sobre ti

    • Tu idioma y cuándo confirmaste que eres mayor de edad.
    • En qué punto de una conversación estás y las respuestas que todavía necesita. Lo que hayas escrito se guarda solo hasta que termina esa conversación.
    • Tu configuración.
    • La última vez que usaste Candor. Tras 90 días sin actividad, todo lo tuyo se borra automáticamente.

    Sin transcripciones: tus mensajes no se guardan una vez procesados y nunca van a los registros.

    /delete lo borra todo de una vez, para siempre.

delete-confirm =
    Esto borra todo lo que Candor guarda sobre ti: tus respuestas, tu configuración y los recordatorios. No se puede deshacer.

    Los mensajes que ya están en este chat seguirán en tu teléfono hasta que borres el chat en Telegram.
btn-delete-yes = Sí, borrar todo
btn-delete-no = No, déjalo como está
delete-done =
    Listo. Todo lo que Candor guardaba sobre ti se ha borrado de su base de datos.

    Los mensajes de este chat siguen en tu dispositivo: si borras el chat en Telegram, desaparecen. Si vuelves a escribir, empezarás desde cero.
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

## Command descriptions (Telegram's command menu and /help)
cmd-start = Empezar o ver el menú
cmd-menu = La lista de conversaciones
cmd-back = Volver a la pregunta anterior
cmd-reset = Salir de la conversación actual
cmd-sos = Números de emergencia y de apoyo
cmd-help = Cómo funciona Candor
cmd-privacy = Qué guarda Candor sobre ti
cmd-delete = Borrar todo lo que hay sobre ti

## The gentle safety question several flows ask
safety-question = Una pregunta más, y es importante. ¿Algo de todo esto te ha hecho sentir miedo de tu pareja? Por ejemplo: amenazas, empujones, que te revise el teléfono, que no te deje ver a tus amistades o a tu familia, o que controle tu dinero.
safety-answer-no = No, nada de eso
safety-answer-yes = Sí, algo de eso está pasando
safety-answer-skip = Prefiero no decirlo
safety-answer-thanks =
    Gracias por contármelo. Eso importa más que cualquier otra cosa aquí.

    El miedo, las amenazas y el control no son un problema de comunicación, y nada en este chat debería empujarte a una conversación o a una decisión que te ponga en más riesgo. Antes de todo eso, ayuda pensar en tu seguridad con alguien que tenga formación para ello.

## The console chat (a terminal instead of Telegram)
console-banner = Chat de consola de Candor. Escribe el número de una opción para elegirla, o escribe un mensaje. Los comandos funcionan igual que en Telegram (/help los muestra). Usa Ctrl-D para salir.
console-bye = Hasta pronto. Tu progreso queda guardado; abre Candor de nuevo para seguir donde lo dejaste.

## Telegram: a group chat, and errors on Candor's side
group-private-only = Hola. Candor es una herramienta privada de autoayuda y solo funciona en un chat individual, así que voy a salir de este grupo. Para usarla, abre un chat privado conmigo.
error-generic = Algo falló por mi parte y no pude procesar tu último mensaje. No es nada que hayas hecho tú. Vuelve a intentarlo o escribe /menu.
