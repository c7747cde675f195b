## La biblioteca: lecturas breves, de menos de un minuto cada una. Explican ideas; nunca
## juzgan la relación de nadie.

learn-intro = Lecturas breves, de menos de un minuto cada una. Explican ideas; no juzgan la relación de nadie. Elige una.
learn-read-on = Seguir leyendo
learn-other-pieces = Más lecturas

learn-what-title = Qué es la microinfidelidad, y qué no
learn-what =
    Qué quiere decir «microinfidelidad»

    La palabra abarca cosas pequeñas y fáciles de negar que no llegan a ser una aventura: mensajes que no terminan de sentar bien, un coqueteo que era «solo simpatía», una cercanía con alguien del trabajo que la pareja desconoce. Cada una, por separado, se explica fácil. «Micro» dice dos cosas: nada de eso es un gran suceso, y todo junto puede pesar mucho.

    Tres preguntas ayudan a distinguirlo de la vida normal:
    • ¿Se le oculta a la pareja porque le molestaría?
    • ¿Da algo romántico o emocional que falta en casa?
    • ¿Mantiene una cercanía con alguien que va más allá de lo acordado, en voz alta o en silencio?
learn-what-more =
    Dónde se tuerce la palabra

    Hay quien critica que el término convierte la vida corriente en pruebas, y tiene parte de razón. En una buena relación la gente sigue viendo atractivas a otras personas, tiene amistades de cualquier género y una vida interior propia. No todo lo que incomoda a la pareja es una traición.

    La palabra también puede volverse una herramienta de control: una excusa para revisar un teléfono, alejar a alguien de sus amistades o sospechar de cada conversación. No sirve para eso, y si vigilar se ha vuelto parte de una relación, eso merece atención por sí mismo.

    El punto útil está en medio: nombrar lo que de verdad hay, sin quitarle importancia y sin tratar cada momento dudoso como una traición.

learn-spectrum-title = De lo claramente bien a lo claramente no
learn-spectrum =
    Un espectro, no un sí o un no

    • Claramente bien: amistades que tu pareja no conoce, un flechazo por un famoso, notar que alguien es atractivo, una amistad abierta con un ex, disfrutar de la atención.
    • Zona gris: mensajes frecuentes y cercanos cuyo alcance tu pareja desconoce; seguir de cerca a un ex; chats que preferirías no enseñar; decir que estás «prácticamente soltero» o quejarte de tu relación ante alguien que te atrae; un coqueteo que ambos saben que va más allá.
    • Claramente no, para la mayoría: un perfil activo en apps de citas, un canal secreto con un ex, sexting, contar cosas íntimas que tu pareja no sabe, planes ocultos para verse, alguien que se apoya en ti como en una pareja.

    Dónde cae cada cosa depende en parte de lo que hayan acordado. Cada pareja pone sus reglas.

learn-why-title = Por qué se hace
learn-why =
    Por qué se hace

    Entender el porqué no excusa nada. Importa porque la razón señala qué cambiaría las cosas de verdad.

    • Querer sentirse vista o visto. Sentirse atractivo o especial para alguien nuevo cuando eso se ha apagado en casa, o cuando alguien depende de la aprobación de fuera para sentirse valioso. No significa por fuerza que la relación vaya mal.
    • Dejar una puerta abierta. Alguien con dudas, o con miedo a sentirse atrapado, mantiene otros vínculos como respaldo. Casi nunca es un plan; es más una forma de calmar el miedo, y puede convivir con un amor real.
learn-why-more =
    • Algo que falta en casa. Cuando sentirse comprendido o elegido se ha apagado, un vínculo de fuera puede llenar el hueco. Eso lo hace comprensible, no aceptable, y apunta a una conversación pendiente.
    • Ganas de algo nuevo. La intensidad del principio se apaga, y echarla de menos es humano. Lo que importa es si se habla abiertamente o se busca a escondidas.
    • Viejas costumbres. Una forma coqueta de escribir, o contactos de antes, que nadie volvió a mirar después del compromiso.

    A menudo hay más de una a la vez.

learn-symptom-title = ¿Un síntoma, o el problema en sí?
learn-symptom =
    ¿Un síntoma, o el problema en sí?

    A veces la conducta señala otra cosa: un malestar que nadie ha nombrado, necesidades nunca dichas, dudas sobre la relación que nadie ha afrontado. Entonces dejarla no arregla mucho. Los chats se acaban, la distancia sigue y algo más ocupa el hueco.

    Otras veces la conducta es el problema. No falta nada en particular en casa; la persona nunca se ha comprometido del todo con la relación o con sus reglas. Entonces la conversación es sobre valores, y sobre lo que de verdad está dispuesta a dar.

    Desde dentro cuesta distinguirlas. Una terapia de pareja suele ayudar a ver cuál de las dos es.

learn-cycle-title = El ciclo ansioso–evitativo
learn-cycle =
    El ciclo ansioso–evitativo

    No es un diagnóstico: es un patrón que algunas parejas reconocen.

    A algunas personas la cercanía total les cuesta y se sienten más seguras con algo de distancia. Pueden mantener pequeños vínculos de fuera como colchón, casi siempre sin decidirlo. Alivia una inquietud antigua ante la entrega total; rara vez tiene que ver con querer una aventura.

    Otras están muy atentas a cualquier señal de abandono. Suelen notar esos vínculos pronto y reaccionar con fuerza. Pueden estar viendo algo real, o la preocupación puede ver peligro en lo corriente, y desde dentro no hay forma de distinguirlas.

    Cuando se juntan, se forma un bucle: una guarda distancia, la otra se alarma y lo saca, la primera se pone a la defensiva o se aleja, la segunda insiste más. Nada se resuelve.
learn-cycle-more =
    Salir del bucle

    Si eres quien se aleja: fíjate en cuándo la cercanía te hace buscar una salida, y dilo en vez de buscarla. «Me cuesta hablar de esto, y quiero quedarme en la conversación» deja la puerta abierta.

    Si eres quien lo nota: compruébalo con suavidad, con una pregunta y no con una acusación, y nunca vigilando. Pregúntate qué viste de verdad, no solo qué temes.

    Para ambos: ver el bucle como el problema, y no al otro, suele ser lo que permite a una pareja salir de él. Un terapeuta puede ayudar.

learn-never-touched-title = «Pero si ni nos tocamos»
learn-never-touched =
    «Pero si ni nos tocamos»

    Es la respuesta más común cuando se saca el tema, y puede ser cierta. Aun así, no responde a lo importante, por tres motivos.

    • Ocultar dice algo. Casi nadie se esfuerza en esconder lo que cree inocente; si no hubiera nada que explicar, habría salido en la conversación.
    • El contacto físico no es la medida. La atención, el afecto y el deseo puestos en otra parte duelen por sí mismos. Lo que duele es descubrir que no estabas donde creías estar.
    • Cambia la pregunta. Quien lo planteó acaba defendiendo su derecho a estar dolido, en vez de ser escuchado.

    Si eres tú quien lo dice: «no pasó nada» puede ser verdad y, aun así, no ser la respuesta que tu pareja necesita.

learn-never-said-title = «Nunca dijimos que no se pudiera»
learn-never-said =
    «Nunca dijimos que no se pudiera»

    Casi todas las parejas funcionan con acuerdos que nadie dijo en voz alta, y cada uno da por hecho que el otro los comparte. Funciona hasta que deja de funcionar.

    Cuando sale a la luz algo oculto, la regla que faltaba puede volverse un refugio: técnicamente cierto, y una forma de no hacerse cargo. Casi cualquier adulto sabe que el contacto secreto con alguien que le atrae va contra el espíritu de una relación comprometida, lo hayan nombrado o no.

    El camino no es ganar la discusión sobre lo que se dijo. Es decirlo ahora: qué está bien, qué no, dónde hay dudas, qué necesita cada uno. Hablar de acuerdos es normal en una relación que se toma en serio a los dos, no una señal de desconfianza.
